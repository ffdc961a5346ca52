package uk.mljobs.market;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "role")
class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String tagline;

	private String summary;

	private String sourceTitle;

	private String sourceUpdated;

	private Integer typicalTenureMonths;

	private int position;

	private int version;

	private Instant updatedAt;

	/** {@code null} while the guide is a draft only admins see. */
	private Instant publishedAt;

	protected Role() {
	}

	AdminRole toAdminView() {
		return new AdminRole(toView(), this.version, this.updatedAt, this.publishedAt);
	}

	RoleView toView() {
		return new RoleView(this.id, this.slug, this.title, this.tagline, this.summary, this.sourceTitle,
				this.sourceUpdated, this.typicalTenureMonths);
	}

}
