package uk.mljobs.salary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.mljobs.shared.Gbp;

/**
 * A pay axis that starts and ends on round figures and is ticked every {@code step}
 * pounds, so a reader can tell £110,000 from £120,000 without a table.
 *
 * @param from the lowest figure on the axis, a multiple of {@code step}
 * @param to the highest figure on the axis, a multiple of {@code step}
 * @param step pounds between ticks: 1, 2, 2.5 or 5 times a power of ten
 */
public record PayAxis(long from, long to, long step) {

	/** Fewer steps than this and figures are hard to read off. */
	static final int MIN_STEPS = 3;

	/** More steps than this and the labels crowd each other on a phone. */
	static final int MAX_STEPS = 7;

	private static final double[] NICE = { 1, 2, 2.5, 5 };

	public PayAxis {
		if (step <= 0 || to <= from) {
			throw new IllegalArgumentException("An axis needs from < to and a positive step");
		}
	}

	/**
	 * The round-figured axis that holds every figure from {@code min} to {@code max} with
	 * least to spare, in {@value #MIN_STEPS} to {@value #MAX_STEPS} steps; of two as
	 * tight, the one with fewer steps.
	 */
	public static PayAxis spanning(double min, double max) {
		double lo = Math.max(0, min);
		double hi = Math.max(lo, max);
		if (hi - lo < Math.max(10, hi * 0.02)) {
			// A single figure, or figures all but equal, still need a scale around them.
			double pad = Math.max(hi * 0.1, 5);
			lo = Math.max(0, lo - pad);
			hi = hi + pad;
		}
		double magnitude = Math.pow(10, Math.floor(Math.log10((hi - lo) / MAX_STEPS)));
		PayAxis best = null;
		for (double scale : new double[] { magnitude, magnitude * 10, magnitude * 100 }) {
			for (double nice : NICE) {
				double exact = nice * scale;
				if (exact < 1 || exact != Math.rint(exact)) {
					continue;
				}
				long step = (long) exact;
				long from = (long) Math.floor(lo / step) * step;
				long to = Math.max((long) Math.ceil(hi / step) * step, from + step);
				long steps = (to - from) / step;
				if (steps < MIN_STEPS || steps > MAX_STEPS) {
					continue;
				}
				if (best == null || to - from <= best.to() - best.from()) {
					best = new PayAxis(from, to, step);
				}
			}
		}
		return best;
	}

	/** Where a figure sits along the axis, from 0 at {@code from} to 1 at {@code to}. */
	public double fraction(double pounds) {
		return (pounds - this.from) / (this.to - this.from);
	}

	/** The figure at each tick, lowest first, both ends included. */
	public List<Long> ticks() {
		List<Long> ticks = new ArrayList<>();
		for (long tick = this.from; tick <= this.to; tick += this.step) {
			ticks.add(tick);
		}
		return ticks;
	}

	/**
	 * A tick's label, short enough for a phone: {@code £120k} or {@code £27.5k} on a
	 * salary axis, {@code £650} or {@code £1,000} on a day-rate axis.
	 */
	public String label(long pounds) {
		if (this.step < 1_000) {
			return Gbp.format(pounds);
		}
		String thousands = (pounds % 1_000 == 0) ? Long.toString(pounds / 1_000)
				: BigDecimal.valueOf(pounds, 3).stripTrailingZeros().toPlainString();
		return "£" + thousands + "k";
	}

}
