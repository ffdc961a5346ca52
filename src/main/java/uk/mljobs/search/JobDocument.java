package uk.mljobs.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published posting as search engines index it: its words, and every value a search
 * filters, counts or orders by. Reference data is by id, so renaming a town or a level
 * changes no document.
 *
 * @param skillsText the names of the posting's tools and its skill tags, as searched
 * @param ir35 for contracts only, else {@code null}
 * @param skills tool slugs and tags, as the skill filter takes them
 */
public record JobDocument(long id, String title, String skillsText, String company, String description, long roleId,
		long levelId, long regionId, long townId, String workMode, String employmentType, boolean daily, int payMin,
		int payMax, String ir35, String clearance, boolean visa, long companyId, List<String> skills, boolean agency,
		Instant publishedAt, LocalDate closesOn) {

	/** Day rates are compared with salaries over a year of this many working days. */
	public static final int WORKING_DAYS = 220;

	/** The top of the range over a year, which orders "highest paid" first. */
	public long annualPayMax() {
		return this.daily ? (long) this.payMax * WORKING_DAYS : this.payMax;
	}

	/** The values of one dimension, as {@link SearchQuery} filters name them. */
	public List<String> values(Dimension dimension) {
		return switch (dimension) {
			case ROLE -> List.of(String.valueOf(this.roleId));
			case LEVEL -> List.of(String.valueOf(this.levelId));
			case REGION -> List.of(String.valueOf(this.regionId));
			case TOWN -> List.of(String.valueOf(this.townId));
			case WORK_MODE -> List.of(this.workMode);
			case TYPE -> List.of(this.employmentType);
			case IR35 -> (this.ir35 != null) ? List.of(this.ir35) : List.of();
			case CLEARANCE -> List.of(this.clearance);
			case VISA -> List.of(String.valueOf(this.visa));
			case COMPANY -> List.of(String.valueOf(this.companyId));
			case SKILL -> this.skills;
			case AGENCY -> List.of(String.valueOf(this.agency));
			case POSTED_WITHIN -> List.of();
		};
	}

}
