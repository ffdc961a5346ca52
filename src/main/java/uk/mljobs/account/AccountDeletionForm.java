package uk.mljobs.account;

import jakarta.validation.constraints.NotBlank;

record AccountDeletionForm(@NotBlank(message = "Enter your password to confirm.") String password) {

	static AccountDeletionForm empty() {
		return new AccountDeletionForm("");
	}

}
