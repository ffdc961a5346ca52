package uk.mljobs.roleguide;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;

/**
 * A skill employers ask for more often than candidates offer it.
 */
@Entity
@Table(name = "skill_gap")
class SkillGap {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private int position;

	private String skill;

	private int demandPct;

	private int supplyPct;

	/** Demand minus supply, computed by the database so it can never disagree. */
	@Generated
	@Column(insertable = false, updatable = false)
	private int gapPoints;

	private String why;

	protected SkillGap() {
	}

	RoleGuide.Gap toView() {
		return new RoleGuide.Gap(this.skill, this.demandPct, this.supplyPct, this.gapPoints, this.why);
	}

}
