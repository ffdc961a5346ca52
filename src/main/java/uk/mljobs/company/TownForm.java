package uk.mljobs.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A town an admin adds: its name, and its pay region or {@value #ABROAD} with a country.
 */
record TownForm(@NotBlank(message = "Enter the town's name.") @Size(max = 80,
		message = "Use at most 80 characters.") String name, String region, String country) {

	static final String ABROAD = "abroad";

	static TownForm empty() {
		return new TownForm("", "rest-of-uk", "");
	}

}
