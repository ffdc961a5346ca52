package uk.mljobs.shared;

/**
 * A pay range in whole pounds. An open-ended range publishes its top as a floor, so it
 * reads {@code £150,000–£200,000+}.
 *
 * @param min lowest figure in pounds
 * @param max highest figure in pounds
 * @param openEnded whether the top is a floor rather than a ceiling
 */
public record PayRange(int min, int max, boolean openEnded) {

	public PayRange {
		if (min < 0 || max < min) {
			throw new IllegalArgumentException("A pay range needs 0 <= min <= max, got " + min + "–" + max);
		}
	}

	public static PayRange of(int min, int max) {
		return new PayRange(min, max, false);
	}

	/** The range as printed on the site, with an en dash and no spaces. */
	public String display() {
		return Gbp.format(this.min) + "–" + Gbp.format(this.max) + (this.openEnded ? "+" : "");
	}

	/** The midpoint, used to position a figure on a chart or in structured data. */
	public int midpoint() {
		return (this.min + this.max) / 2;
	}

	@Override
	public String toString() {
		return display();
	}

}
