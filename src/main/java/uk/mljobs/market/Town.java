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

	private Double latitude;

	private Double longitude;

	protected Town() {
	}

	Town(String slug, String name, String country, Long regionId, Double latitude, Double longitude) {
		this.slug = slug;
		this.name = name;
		this.country = country;
		this.regionId = regionId;
		this.latitude = latitude;
		this.longitude = longitude;
	}

	TownView toView() {
		return new TownView(this.id, this.slug, this.name, this.country, this.regionId, this.latitude, this.longitude);
	}

}
