package uk.mljobs.salary;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.mljobs.shared.PayRange;

/**
 * A contract day rate for a role, UK-wide or for one region: a range, a median, or both.
 */
@Entity
@Table(name = "day_rate")
class DayRate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private Long regionId;

	private Integer minGbp;

	private Integer maxGbp;

	private Integer medianGbp;

	private String source;

	private int asOfYear;

	protected DayRate() {
	}

	DayRate(long roleId, Long regionId, Integer minGbp, Integer maxGbp, Integer medianGbp, String source,
			int asOfYear) {
		this.roleId = roleId;
		this.regionId = regionId;
		this.minGbp = minGbp;
		this.maxGbp = maxGbp;
		this.medianGbp = medianGbp;
		this.source = source;
		this.asOfYear = asOfYear;
	}

	Long id() {
		return this.id;
	}

	long roleId() {
		return this.roleId;
	}

	Long regionId() {
		return this.regionId;
	}

	PayRange range() {
		return (this.minGbp != null) ? PayRange.of(this.minGbp, this.maxGbp) : null;
	}

	Integer median() {
		return this.medianGbp;
	}

	String source() {
		return this.source;
	}

	int asOfYear() {
		return this.asOfYear;
	}

}
