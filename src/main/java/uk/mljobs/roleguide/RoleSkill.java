package uk.mljobs.roleguide;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A skill employers call essential for a role, or one emerging in its postings.
 */
@Entity
@Table(name = "role_skill")
class RoleSkill {

	@EmbeddedId
	private Key key;

	private int position;

	protected RoleSkill() {
	}

	long toolId() {
		return this.key.toolId();
	}

	Kind kind() {
		return this.key.kind();
	}

	int position() {
		return this.position;
	}

	enum Kind {

		ESSENTIAL, EMERGING

	}

	@Embeddable
	record Key(Long roleId, Long toolId, @Enumerated(EnumType.STRING) Kind kind) {
	}

}
