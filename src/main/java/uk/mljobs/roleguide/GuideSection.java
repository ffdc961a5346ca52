package uk.mljobs.roleguide;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A passage of a guide in our own words.
 */
@Entity
@Table(name = "guide_section")
class GuideSection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private String slug;

	@Enumerated(EnumType.STRING)
	private GuideTopic topic;

	private String heading;

	private String body;

	private int position;

	protected GuideSection() {
	}

	GuideTopic topic() {
		return this.topic;
	}

	RoleGuide.Section toView() {
		return new RoleGuide.Section(this.slug, this.heading, this.body);
	}

}
