package uk.mljobs.roleguide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import uk.mljobs.market.AdminRole;
import uk.mljobs.market.RoleView;

/**
 * A guide's head: the role's title, pitch, summary and source. {@code slug} is only read
 * when creating a guide (its address never changes after); {@code version} only when
 * editing.
 */
record GuideBasicsForm(
		@Pattern(regexp = "^$|^[a-z0-9]+(-[a-z0-9]+)*$",
				message = "Use lower-case letters, digits and single hyphens, such as ai-engineer.") @Size(max = 80,
						message = "Use at most 80 characters.") String slug,
		@NotBlank(message = "Enter the role's title, such as AI Engineer.") @Size(max = 120,
				message = "Use at most 120 characters.") String title,
		@NotBlank(message = "Enter a one-line pitch for the guide.") @Size(max = 300,
				message = "Use at most 300 characters.") String tagline,
		@NotBlank(message = "Say in a paragraph what the role is.") @Size(max = 4000,
				message = "Use at most 4,000 characters.") String summary,
		@NotBlank(message = "Name the source the guide's figures come from.") @Size(max = 200,
				message = "Use at most 200 characters.") String sourceTitle,
		@NotBlank(message = "Say how current the source is, such as April 2026.") @Size(max = 40,
				message = "Use at most 40 characters.") String sourceUpdated,
		@Pattern(regexp = "^$|^\\s*\\d{1,3}\\s*$",
				message = "Enter a number of months from 1 to 600, or leave it empty.") String tenureMonths,
		String version, @Size(max = 500, message = "Use at most 500 characters.") String reason) {

	static GuideBasicsForm empty() {
		return new GuideBasicsForm("", "", "", "", "", "", "", "", "");
	}

	static GuideBasicsForm of(AdminRole admin) {
		RoleView role = admin.role();
		return new GuideBasicsForm(role.slug(), role.title(), role.tagline(), role.summary(), role.sourceTitle(),
				role.sourceUpdated(),
				(role.typicalTenureMonths() != null) ? String.valueOf(role.typicalTenureMonths()) : "",
				String.valueOf(admin.version()), "");
	}

	GuideBasicsForm atVersion(int current) {
		return new GuideBasicsForm(this.slug, this.title, this.tagline, this.summary, this.sourceTitle,
				this.sourceUpdated, this.tenureMonths, String.valueOf(current), this.reason);
	}

}
