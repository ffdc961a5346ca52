package uk.mljobs.company;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "sector")
class Sector {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	protected Sector() {
	}

	Sector(String slug, String name) {
		this.slug = slug;
		this.name = name;
	}

	long id() {
		return this.id;
	}

	SectorView toView() {
		return new SectorView(this.id, this.slug, this.name);
	}

}
