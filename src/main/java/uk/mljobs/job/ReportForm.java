package uk.mljobs.job;

import jakarta.validation.constraints.Size;

import uk.mljobs.shared.Choices;

/**
 * A seeker's report of a posting: why, what is wrong (needed for "something else"), and
 * an address to reply to if they want one.
 */
record ReportForm(String reason, @Size(max = 1000, message = "Keep it under 1,000 characters.") String details,
		@Size(max = 254, message = "That address is too long.") String contactEmail) {

	static ReportForm empty() {
		return new ReportForm(null, null, null);
	}

	PostingReports.Reason reasonOrNull() {
		return Choices.constant(PostingReports.Reason.class, this.reason).orElse(null);
	}

}
