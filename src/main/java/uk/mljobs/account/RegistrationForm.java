package uk.mljobs.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a recruiter fills in to sign up. {@code company} is a listed company's slug, or
 * {@link #PROPOSE} to propose a new one by name.
 */
record RegistrationForm(
		@NotBlank(message = "Enter your email address.") @Size(max = 254,
				message = "Email addresses are at most 254 characters.") @Pattern(
						regexp = "^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$",
						message = "Enter an email address like name@example.com.") String email,
		String password,
		@NotBlank(message = "Enter your name.") @Size(max = 100, message = "Use at most 100 characters.") String name,
		@NotBlank(message = "Choose your company, or choose “My company is not listed” and enter its name.") @Size(
				max = 80, message = "Choose a company from the list, or propose one.") String company,
		@Size(max = 120, message = "Use at most 120 characters.") String proposedCompanyName,
		@Size(max = 300, message = "Use at most 300 characters.") @Pattern(regexp = "^$|^https?://\\S+$",
				message = "Enter a web address starting with https://.") String proposedCompanyWebsite,
		@NotBlank(message = "Say whether you are an agency or a direct employer.") @Pattern(regexp = "true|false",
				message = "Say whether you are an agency or a direct employer.") String agency) {

	static final String PROPOSE = "propose";

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", "", "", "", "");
	}

	public boolean isAgency() {
		return "true".equals(this.agency);
	}

	public boolean proposesCompany() {
		return PROPOSE.equals(this.company);
	}

}
