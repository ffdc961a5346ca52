package uk.mljobs.job;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The posting form as submitted, every field as the text the browser sent, so that no
 * input, however mangled, stops the form from coming back with its messages. The service
 * reads and checks each value. Only these fields bind: status, owner, views and approval
 * are not in it, so posting them changes nothing.
 *
 * @param idempotencyKey made when the form is first shown; the same key never makes a
 * second posting
 * @param version the version the recruiter edited, to catch edits that crossed
 * @param town a UK town's slug; the region follows from it
 * @param company for agency recruiters, the client's slug; direct employers post for
 * their own company
 * @param tags free skill tags, comma-separated
 * @param howToApply an http(s) address or an email address
 * @param closesOn an ISO date (yyyy-mm-dd); empty means 30 days from today
 */
record PostingForm(String idempotencyKey, String version,
		@NotBlank(message = "Enter a job title.") @Size(min = 3, max = 120,
				message = "Use 3 to 120 characters.") String title,
		@NotBlank(message = "Choose a role.") String role, @NotBlank(message = "Choose a level.") String level,
		@NotBlank(message = "Choose a town.") String town, @NotBlank(message = "Choose a work mode.") String workMode,
		@Size(max = 80, message = "Use at most 80 characters.") String remoteResidency,
		@NotBlank(message = "Choose an employment type.") String employmentType,
		@NotBlank(message = "Enter the lowest pay.") @Size(max = 12,
				message = "Enter a whole number of pounds, like 65000.") String payMin,
		@NotBlank(message = "Enter the highest pay.") @Size(max = 12,
				message = "Enter a whole number of pounds, like 65000.") String payMax,
		String ir35, @NotBlank(message = "Choose the clearance needed, or None.") String clearance,
		@NotBlank(message = "Say whether you sponsor visas.") String visaSponsorship, List<String> tools,
		@Size(max = 600, message = "Use at most 600 characters.") String tags,
		@NotBlank(message = "Describe the role.") @Size(min = 50, max = 20000,
				message = "Write between 50 and 20,000 characters.") String description,
		@NotBlank(message = "Say how to apply: a web address or an email address.") @Size(max = 500,
				message = "Use at most 500 characters.") String howToApply,
		@Size(max = 10, message = "Enter the date as year-month-day, like 2026-12-31.") String closesOn,
		String company) {

	static PostingForm blank(java.time.LocalDate closesOn) {
		return new PostingForm(java.util.UUID.randomUUID().toString(), null, "", "", "", "", WorkMode.HYBRID.name(),
				"UK", EmploymentType.PERMANENT_FULL_TIME.name(), "", "", "", Clearance.NONE.name(), "false", List.of(),
				"", "", "", closesOn.toString(), "");
	}

	public List<String> toolSlugs() {
		return (this.tools != null) ? this.tools : List.of();
	}

}
