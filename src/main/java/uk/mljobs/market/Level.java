package uk.mljobs.market;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import uk.mljobs.shared.YearsRange;

@Entity
@Table(name = "level")
class Level {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private String slug;

	private String title;

	private int position;

	private Integer experienceMinYears;

	private Integer experienceMaxYears;

	protected Level() {
	}

	LevelView toView() {
		return new LevelView(this.id, this.roleId, this.slug, this.title, this.position,
				YearsRange.ofNullable(this.experienceMinYears, this.experienceMaxYears));
	}

}
