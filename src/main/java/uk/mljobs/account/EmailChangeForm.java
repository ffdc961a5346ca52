package uk.mljobs.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new address for the account, with the password to prove it is the owner asking. */
record EmailChangeForm(
		@NotBlank(message = "Enter your new email address.") @Size(max = 254,
				message = "Email addresses are at most 254 characters.") @Pattern(
						regexp = "^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$",
						message = "Enter an email address like name@example.com.") String email,
		@NotBlank(message = "Enter your password.") String password) {

	static EmailChangeForm empty() {
		return new EmailChangeForm("", "");
	}

}
