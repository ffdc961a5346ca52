package uk.mljobs.roleguide;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A tool or skill in the catalogue shared by tech stacks, skill lists and postings.
 */
@Entity
@Table(name = "tool")
class Tool {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	protected Tool() {
	}

	long id() {
		return this.id;
	}

	ToolView toView() {
		return new ToolView(this.id, this.slug, this.name);
	}

}
