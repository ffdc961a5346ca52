package uk.mljobs.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * One search, as every engine receives it: words, filters and order, for live postings
 * (those published and closing on or after {@link #liveOn}).
 *
 * @param words what to match, or {@code null} for every posting
 * @param filters for each filtered dimension, the values accepted (any of them)
 * @param minPay the least the top of the advertised range must reach, or {@code null}
 * @param liveOn the day that decides which postings are still open
 * @param now what {@link Dimension#POSTED_WITHIN} counts back from
 * @param asOf leave out postings published after it (page links carry it), or
 * {@code null}
 * @param publishedFrom with {@code publishedUntil}, only postings published in
 * {@code [publishedFrom, publishedUntil)} (alert digests), or {@code null}
 * @param offset results to skip, when there is no {@code after}
 * @param size results wanted; 0 for only the count
 * @param after where the previous page ended, or {@code null}
 * @param facets whether to count each dimension's values
 */
public record SearchQuery(Words words, Map<Dimension, Set<String>> filters, PayFloor minPay, LocalDate liveOn,
		Instant now, Instant asOf, Instant publishedFrom, Instant publishedUntil, Order order, int offset, int size,
		Cursor after, boolean facets) {

	public SearchQuery {
		Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
		filters.forEach((dimension, values) -> {
			if (!values.isEmpty()) {
				copy.put(dimension, Set.copyOf(values));
			}
		});
		filters = Map.copyOf(copy);
	}

	/** The effective order: relevance only makes sense with words to match. */
	public Order order() {
		return (this.order == Order.RELEVANCE && this.words == null) ? Order.NEWEST : this.order;
	}

	public boolean hasWords() {
		return this.words != null;
	}

	/** The same search without one dimension's filter. */
	public SearchQuery without(Dimension dimension) {
		Map<Dimension, Set<String>> rest = new EnumMap<>(Dimension.class);
		rest.putAll(this.filters);
		rest.remove(dimension);
		return new SearchQuery(this.words, rest, this.minPay, this.liveOn, this.now, this.asOf, this.publishedFrom,
				this.publishedUntil, this.order, this.offset, this.size, this.after, this.facets);
	}

	/** The same search without its words. */
	public SearchQuery withoutWords() {
		return withWords(null);
	}

	/** The same search with other words, or none. */
	public SearchQuery withWords(Words words) {
		return new SearchQuery(words, this.filters, this.minPay, this.liveOn, this.now, this.asOf, this.publishedFrom,
				this.publishedUntil, this.order, this.offset, this.size, this.after, this.facets);
	}

	/** The same search without its minimum pay. */
	public SearchQuery withoutMinPay() {
		return new SearchQuery(this.words, this.filters, null, this.liveOn, this.now, this.asOf, this.publishedFrom,
				this.publishedUntil, this.order, this.offset, this.size, this.after, this.facets);
	}

	/** Only how many match: no page, no facets. */
	public SearchQuery countOnly() {
		return new SearchQuery(this.words, this.filters, this.minPay, this.liveOn, this.now, this.asOf,
				this.publishedFrom, this.publishedUntil, this.order, 0, 0, null, false);
	}

	/** What the counts depend on: the same search at its first page, in any order. */
	public SearchQuery countKey() {
		return new SearchQuery(this.words, this.filters, this.minPay, this.liveOn, null, this.asOf, this.publishedFrom,
				this.publishedUntil, null, 0, 0, null, this.facets);
	}

	/** The start of a {@link Dimension#POSTED_WITHIN} window. */
	public Instant since(int days) {
		return this.now.minusSeconds(days * 86_400L);
	}

	public enum Order {

		RELEVANCE, NEWEST, PAY

	}

	/**
	 * Pay the top of a posting's range must reach.
	 *
	 * @param daily a day rate, or else an annual salary
	 */
	public record PayFloor(boolean daily, int pounds) {
	}

	/**
	 * Where a page ended, in the order's terms, so the next starts after it without
	 * counting through the ones before.
	 *
	 * @param score the relevance score (relevance order only)
	 * @param key the publication time in epoch milliseconds, or for the pay order the
	 * annualised top of the range
	 * @param id the posting's id, which breaks ties
	 */
	public record Cursor(Order order, float score, long key, long id) {

		/** As page links carry it. */
		public String token() {
			return switch (this.order) {
				case RELEVANCE ->
					"r" + Integer.toHexString(Float.floatToIntBits(this.score)) + "." + this.key + "." + this.id;
				case NEWEST -> "n" + this.key + "." + this.id;
				case PAY -> "p" + this.key + "." + this.id;
			};
		}

		/** Reads a token; {@code null} when it is not one. */
		public static Cursor parse(String token) {
			if (token == null || token.length() > 60
					|| !token.matches("r[0-9a-f]{1,8}\\.\\d{1,15}\\.\\d{1,18}|[np]\\d{1,15}\\.\\d{1,18}")) {
				return null;
			}
			String[] parts = token.substring(1).split("\\.");
			return switch (token.charAt(0)) {
				case 'r' -> new Cursor(Order.RELEVANCE, Float.intBitsToFloat(Integer.parseUnsignedInt(parts[0], 16)),
						Long.parseLong(parts[1]), Long.parseLong(parts[2]));
				case 'n' -> new Cursor(Order.NEWEST, 0, Long.parseLong(parts[0]), Long.parseLong(parts[1]));
				default -> new Cursor(Order.PAY, 0, Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			};
		}

	}

}
