package uk.mljobs.salary;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.mljobs.shared.PayRange;

/**
 * A market-wide salary figure for a role that is not tied to a level: a median, and where
 * published the typical range around it.
 */
@Entity
@Table(name = "market_salary")
class MarketSalary {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private Long regionId;

	private int medianGbp;

	private Integer rangeMinGbp;

	private Integer rangeMaxGbp;

	private String source;

	private int asOfYear;

	protected MarketSalary() {
	}

	MarketSalary(long roleId, Long regionId, int medianGbp, Integer rangeMinGbp, Integer rangeMaxGbp, String source,
			int asOfYear) {
		this.roleId = roleId;
		this.regionId = regionId;
		this.medianGbp = medianGbp;
		this.rangeMinGbp = rangeMinGbp;
		this.rangeMaxGbp = rangeMaxGbp;
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

	int median() {
		return this.medianGbp;
	}

	PayRange range() {
		return (this.rangeMinGbp != null) ? PayRange.of(this.rangeMinGbp, this.rangeMaxGbp) : null;
	}

	String source() {
		return this.source;
	}

	int asOfYear() {
		return this.asOfYear;
	}

}
