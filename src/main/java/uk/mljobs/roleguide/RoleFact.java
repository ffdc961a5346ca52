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

		TYPICAL_TASK("Typical tasks"), ENTRY_ROUTE("Entry routes"), PREVIOUS_ROLE("Roles people come from"),
		LATERAL_MOVE("Lateral moves"), REPORTING_LINE("Who the role reports to"), TEAM_SETTING("Where the role sits"),
		DAILY_CONCERN("What they keep an eye on"), TRADE_OFF("Trade-offs they weigh"),
		INTERVIEW_AREA("Interview areas"), SYSTEM_DESIGN_TOPIC("System design topics");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
