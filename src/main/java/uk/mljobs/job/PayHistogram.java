package uk.mljobs.job;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many postings state each salary midpoint, from which a median follows exactly as
 * PostgreSQL's {@code percentile_cont(0.5)} gives it: the value at rank 1 + (n − 1) / 2,
 * halfway between the two ranked values around it when that falls between them.
 */
final class PayHistogram {

	private final TreeMap<Double, Long> counts = new TreeMap<>();

	void add(double pounds, long n) {
		if (n > 0) {
			this.counts.merge(pounds, n, Long::sum);
		}
	}

	long count() {
		return this.counts.values().stream().mapToLong(Long::longValue).sum();
	}

	/** The median, or null with no postings. */
	Double median() {
		long n = count();
		if (n == 0) {
			return null;
		}
		double position = (n - 1) / 2.0;
		long below = (long) Math.floor(position);
		double lower = valueAt(below);
		double upper = valueAt((long) Math.ceil(position));
		return lower + (upper - lower) * (position - below);
	}

	/** The value at a 0-based rank. */
	private double valueAt(long rank) {
		long seen = 0;
		for (Map.Entry<Double, Long> entry : this.counts.entrySet()) {
			seen += entry.getValue();
			if (rank < seen) {
				return entry.getKey();
			}
		}
		throw new IllegalArgumentException("Rank " + rank + " of " + seen);
	}

	/** This histogram less {@code part}, which must be part of it. */
	PayHistogram minus(PayHistogram part) {
		PayHistogram rest = new PayHistogram();
		this.counts.forEach((pounds, n) -> rest.add(pounds, n - part.counts.getOrDefault(pounds, 0L)));
		return rest;
	}

	static PayHistogram sum(Collection<PayHistogram> parts) {
		PayHistogram sum = new PayHistogram();
		parts.forEach((part) -> part.counts.forEach(sum::add));
		return sum;
	}

}
