package uk.mljobs.salary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an admin fills in to retire a salary band: why, and the version they saw.
 */
record RetireForm(@NotBlank(message = "Say why: the reason goes into the band's history.") @Size(max = 500,
		message = "Use at most 500 characters.") String reason, String version) {

	static RetireForm of(AdminBand band) {
		return new RetireForm("", String.valueOf(band.version()));
	}

}
