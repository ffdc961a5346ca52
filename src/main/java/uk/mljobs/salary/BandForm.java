package uk.mljobs.salary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an admin fills in to create, edit or retire a salary band. Every field is text, so
 * anything typed comes back with a message rather than a binding failure; the service
 * reads the numbers. {@code level} (a level id, which fixes the role) and {@code region}
 * are only read when creating; {@code version} only when editing or retiring.
 */
record BandForm(String level, String region, String min, String max, String openEnded, String source, String asOfYear,
		@NotBlank(message = "Say why: the reason goes into the band's history.") @Size(max = 500,
				message = "Use at most 500 characters.") String reason,
		String version) {

	static BandForm empty(int year) {
		return new BandForm("", "", "", "", "false", "", String.valueOf(year), "", "");
	}

	static BandForm of(AdminBand band) {
		BandFigures figures = band.figures();
		return new BandForm(String.valueOf(band.level().id()), band.region().slug(), String.valueOf(figures.min()),
				String.valueOf(figures.max()), String.valueOf(figures.openEnded()), figures.source(),
				String.valueOf(figures.asOfYear()), "", String.valueOf(band.version()));
	}

	public boolean isOpenEnded() {
		return "true".equals(this.openEnded);
	}

}
