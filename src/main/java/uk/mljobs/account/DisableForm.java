package uk.mljobs.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an admin disables an account: kept in the log by account id, never shown to others.
 */
record DisableForm(@NotBlank(message = "Say why you are disabling this account.") @Size(max = 500,
		message = "Use at most 500 characters.") String reason) {

	static DisableForm empty() {
		return new DisableForm("");
	}

}
