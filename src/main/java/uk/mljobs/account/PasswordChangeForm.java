package uk.mljobs.account;

import jakarta.validation.constraints.NotBlank;

record PasswordChangeForm(@NotBlank(message = "Enter your current password.") String currentPassword,
		String newPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "");
	}

}
