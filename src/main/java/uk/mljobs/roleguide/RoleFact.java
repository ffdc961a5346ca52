package uk.mljobs.roleguide;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A short fact a guide lists: an entry route, a lateral move, a typical task.
 */
@Entity
@Table(name = "role_fact")
class RoleFact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private String text;

	private String detail;

	private int position;

	protected RoleFact() {
	}

	Kind kind() {
		return this.kind;
	}

	RoleGuide.Fact toView() {
		return new RoleGuide.Fact(this.text, this.detail);
	}

	/** The lists a guide can carry; the database allows exactly these. */
	enum Kind {

		TYPICAL_TASK, ENTRY_ROUTE, PREVIOUS_ROLE, LATERAL_MOVE, REPORTING_LINE, TEAM_SETTING, DAILY_CONCERN, TRADE_OFF,
		INTERVIEW_AREA, SYSTEM_DESIGN_TOPIC

	}

}
