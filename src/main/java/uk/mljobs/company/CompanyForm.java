package uk.mljobs.company;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an admin fills in to list or edit a company. Every field is text, so anything
 * typed comes back with a message rather than a binding failure; the service checks the
 * sector, towns and the name against what is listed. {@code focus} holds one area a line;
 * {@code version} is only read when editing.
 */
record CompanyForm(
		@NotBlank(message = "Enter the company's name.") @Size(max = 120,
				message = "Use at most 120 characters.") String name,
		@NotBlank(message = "Choose a sector.") String sector,
		@NotBlank(message = "Say where it hires, as it says it: for example London/Edinburgh.") @Size(max = 200,
				message = "Use at most 200 characters.") String locations,
		String remoteUk,
		@NotBlank(message = "Say in a sentence or two what the company uses ML for.") @Size(max = 4000,
				message = "Use at most 4,000 characters.") String summary,
		@Size(max = 300, message = "Use at most 300 characters.") String requirement,
		@Size(max = 300, message = "Use at most 300 characters.") @Pattern(
				regexp = "^$|^https://[^\\s/?#]+\\.[^\\s/?#]+(/\\S*)?$",
				message = "Enter a full https:// address, such as https://example.com/careers.") String website,
		@Size(max = 300, message = "Use at most 300 characters.") @Pattern(
				regexp = "^$|^https://[^\\s/?#]+\\.[^\\s/?#]+/\\S*\\.(png|jpg|jpeg|svg|webp|gif)([?#]\\S*)?$",
				flags = Pattern.Flag.CASE_INSENSITIVE,
				message = "Enter the https:// address of an image file (.png, .jpg, .svg or .webp).") String logo,
		List<String> towns, @Size(max = 3000, message = "Use at most 3,000 characters.") String focus,
		@Size(max = 500, message = "Use at most 500 characters.") String reason, String version) {

	static final int MOST_FOCUS_AREAS = 12;

	static final int LONGEST_FOCUS_AREA = 200;

	CompanyForm {
		towns = (towns != null) ? List.copyOf(towns) : List.of();
	}

	static CompanyForm empty() {
		return new CompanyForm("", "", "", "false", "", "", "", "", List.of(), "", "", "");
	}

	static CompanyForm of(AdminCompany admin) {
		CompanyView company = admin.company();
		return new CompanyForm(company.name(), company.sector().slug(), company.locations(),
				String.valueOf(company.remoteUk()), company.summary(), orEmpty(company.requirement()),
				orEmpty(company.website()), orEmpty(company.logoUrl()),
				company.towns().stream().map((town) -> town.slug()).toList(), String.join("\n", company.focusAreas()),
				"", String.valueOf(admin.version()));
	}

	public boolean isRemoteUk() {
		return "true".equals(this.remoteUk);
	}

	public boolean hasTown(String slug) {
		return this.towns.contains(slug);
	}

	/** The focus areas, one a non-blank line, trimmed. */
	List<String> focusAreas() {
		return (this.focus == null) ? List.of()
				: this.focus.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
