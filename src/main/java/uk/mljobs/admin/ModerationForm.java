package uk.mljobs.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A rejection must say why; the recruiter reads the reason. */
record ModerationForm(@NotBlank(message = "Give the reason; the recruiter will see it.") @Size(max = 1000,
		message = "Use at most 1,000 characters.") String reason) {
}
