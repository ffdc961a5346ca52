package uk.mljobs.shared;

/**
 * Years of experience as a guide publishes them: {@code 2–5 years}, or {@code 8+ years}
 * when there is no upper bound.
 *
 * @param min fewest years
 * @param max most years, or {@code null} for an open top
 */
public record YearsRange(int min, Integer max) {

	public YearsRange {
		if (min < 0 || (max != null && max <= min)) {
			throw new IllegalArgumentException("Experience needs 0 <= min < max, got " + min + "–" + max);
		}
	}

	/**
	 * Null-tolerant factory for optional columns: no minimum means nothing was published.
	 */
	public static YearsRange ofNullable(Integer min, Integer max) {
		return (min != null) ? new YearsRange(min, max) : null;
	}

	public String display() {
		return (this.max != null) ? this.min + "–" + this.max + " years" : this.min + "+ years";
	}

	@Override
	public String toString() {
		return display();
	}

}
