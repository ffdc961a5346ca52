package uk.mljobs.company;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a role's jobs are, and why there.
 */
@Entity
@Table(name = "hiring_location")
class HiringLocation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private String slug;

	private String name;

	private String why;

	private int position;

	protected HiringLocation() {
	}

	HiringLocationView toView() {
		return new HiringLocationView(this.slug, this.name, this.why);
	}

}
