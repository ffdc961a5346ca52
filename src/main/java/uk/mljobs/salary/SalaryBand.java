package uk.mljobs.salary;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.mljobs.shared.PayRange;

/**
 * A curated annual salary band for one role, level and region, in whole pounds.
 */
@Entity
@Table(name = "salary_band")
class SalaryBand {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private Long levelId;

	private Long regionId;

	private int minGbp;

	private int maxGbp;

	private boolean openEnded;

	private String source;

	private int asOfYear;

	private Instant reviewedAt;

	/** Two admins editing one band must not overwrite each other silently. */
	@Version
	private int version;

	protected SalaryBand() {
	}

	long levelId() {
		return this.levelId;
	}

	long regionId() {
		return this.regionId;
	}

	long roleId() {
		return this.roleId;
	}

	PayRange range() {
		return new PayRange(this.minGbp, this.maxGbp, this.openEnded);
	}

	String source() {
		return this.source;
	}

	int asOfYear() {
		return this.asOfYear;
	}

	Instant reviewedAt() {
		return this.reviewedAt;
	}

}
