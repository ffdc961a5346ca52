package uk.mljobs.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Rejecting a proposed company must say why; the recruiter reads the reason. */
record RejectForm(@NotBlank(message = "Give the reason; it goes into the admin log.") @Size(max = 1000,
		message = "Use at most 1,000 characters.") String reason) {
}
