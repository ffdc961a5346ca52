package uk.mljobs.salary;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

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

	/** Set once an admin retires the band: it leaves the public tables. */
	private Instant retiredAt;

	/** Two admins editing one band must not overwrite each other silently. */
	@Version
	private int version;

	protected SalaryBand() {
	}

	SalaryBand(long roleId, long levelId, long regionId, BandFigures figures, Instant now) {
		this.roleId = roleId;
		this.levelId = levelId;
		this.regionId = regionId;
		apply(figures);
		this.reviewedAt = now;
	}

	/**
	 * Takes new figures and counts as a review even when none changed.
	 * @return each changed field's value before and after, in form order
	 */
	Map<String, String[]> revise(BandFigures next, Instant now) {
		Map<String, String> before = figures().values();
		apply(next);
		this.reviewedAt = now;
		Map<String, String[]> changed = new LinkedHashMap<>();
		next.values().forEach((field, after) -> {
			if (!Objects.equals(before.get(field), after)) {
				changed.put(field, new String[] { before.get(field), after });
			}
		});
		return changed;
	}

	void retire(Instant now) {
		this.retiredAt = now;
	}

	private void apply(BandFigures figures) {
		this.minGbp = figures.min();
		this.maxGbp = figures.max();
		this.openEnded = figures.openEnded();
		this.source = figures.source();
		this.asOfYear = figures.asOfYear();
	}

	long id() {
		return this.id;
	}

	int version() {
		return this.version;
	}

	boolean retired() {
		return this.retiredAt != null;
	}

	Instant retiredAt() {
		return this.retiredAt;
	}

	BandFigures figures() {
		return new BandFigures(this.minGbp, this.maxGbp, this.openEnded, this.source, this.asOfYear);
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
