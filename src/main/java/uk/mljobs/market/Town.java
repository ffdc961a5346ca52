package uk.mljobs.market;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "town")
class Town {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String country;

	private Long regionId;

	protected Town() {
	}

	Town(String slug, String name, String country, Long regionId) {
		this.slug = slug;
		this.name = name;
		this.country = country;
		this.regionId = regionId;
	}

	TownView toView() {
		return new TownView(this.id, this.slug, this.name, this.country, this.regionId);
	}

}
