package uk.mljobs.salary;

import java.time.Instant;
import java.util.List;

/**
 * One entry in a salary band's audit history.
 *
 * @param band what the band covers, such as "Senior MLOps Engineer, London"
 * @param by the admin's name as it was at the time
 * @param fields each field the change touched, with its value before and after
 */
public record BandChange(long id, long bandId, String band, Action action, String reason, String by, Instant at,
		List<Field> fields) {

	public enum Action {

		CREATED("Created"), EDITED("Edited"), REVIEWED("Reviewed, no change"), RETIRED("Retired");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * @param before as shown, or null when there was none
	 * @param after as shown, or null when there is none
	 */
	public record Field(String name, String label, String before, String after) {
	}

}
