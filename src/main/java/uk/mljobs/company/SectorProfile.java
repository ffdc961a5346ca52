package uk.mljobs.company;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A role guide's portrait of a sector building ML platforms, and the employers it names.
 */
@Entity
@Table(name = "sector_profile")
class SectorProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private String slug;

	private String name;

	private String headline;

	private String body;

	private int position;

	@ElementCollection
	@CollectionTable(name = "sector_profile_employer", joinColumns = @JoinColumn(name = "sector_profile_id"))
	@OrderColumn(name = "position")
	private List<Employer> employers = new ArrayList<>();

	protected SectorProfile() {
	}

	String slug() {
		return this.slug;
	}

	String name() {
		return this.name;
	}

	String headline() {
		return this.headline;
	}

	String body() {
		return this.body;
	}

	List<Employer> employers() {
		return this.employers;
	}

	/** An employer named in the profile; linked to our company page when we have one. */
	@Embeddable
	record Employer(String name, Long companyId) {
	}

}
