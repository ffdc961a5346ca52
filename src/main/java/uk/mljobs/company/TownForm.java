package uk.mljobs.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A town an admin adds: its name, its pay region or {@value #ABROAD} with a country, and
 * where its centre is (latitude and longitude in degrees), which distance searches
 * measure from.
 */
record TownForm(
		@NotBlank(message = "Enter the town's name.") @Size(max = 80,
				message = "Use at most 80 characters.") String name,
		String region, String country, String latitude, String longitude) {

	static final String ABROAD = "abroad";

	static TownForm empty() {
		return new TownForm("", "rest-of-uk", "", "", "");
	}

}
