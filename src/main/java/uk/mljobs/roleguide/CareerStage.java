package uk.mljobs.roleguide;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.mljobs.shared.PayRange;
import uk.mljobs.shared.YearsRange;

/**
 * A step on a role's career ladder. Its years are the progression section's own, which
 * need not match the salary table's experience bands.
 */
@Entity
@Table(name = "career_stage")
class CareerStage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private int position;

	private String title;

	private Integer yearsMin;

	private Integer yearsMax;

	private Integer payMinGbp;

	private Integer payMaxGbp;

	private boolean payOpenEnded;

	private String summary;

	protected CareerStage() {
	}

	RoleGuide.Stage toView() {
		PayRange pay = (this.payMinGbp != null) ? new PayRange(this.payMinGbp, this.payMaxGbp, this.payOpenEnded)
				: null;
		return new RoleGuide.Stage(this.title, YearsRange.ofNullable(this.yearsMin, this.yearsMax), pay, this.summary);
	}

}
