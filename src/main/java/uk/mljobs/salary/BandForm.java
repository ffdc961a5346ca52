package uk.mljobs.salary;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import uk.mljobs.shared.validation.Characters;
import uk.mljobs.shared.validation.OrderedRange;
import uk.mljobs.shared.validation.WholePounds;

/**
 * What an admin fills in to create or edit a salary band. Every field is text, so
 * anything typed comes back with a message rather than a binding failure. {@code level}
 * (a level id, which fixes the role) and {@code region} are only read when creating;
 * {@code version} only when editing. The figures are compared ({@link Range}) once each
 * reads on its own; what needs the database or today's date is checked by
 * {@link SalaryCuration}.
 */
@GroupSequence({ BandForm.class, BandForm.Range.class })
@OrderedRange(min = "min", max = "max", message = "The maximum must be at least the minimum.",
		groups = BandForm.Range.class)
record BandForm(String level, String region,
		@NotBlank(message = "Enter the minimum in pounds a year.") @WholePounds(min = SalaryCuration.LOWEST,
				max = SalaryCuration.HIGHEST, message = "Enter the minimum as whole pounds, like 95000.",
				outside = "Enter a minimum from {min} to {max} a year.") String min,
		@NotBlank(message = "Enter the maximum in pounds a year.") @WholePounds(min = SalaryCuration.LOWEST,
				max = SalaryCuration.HIGHEST, message = "Enter the maximum as whole pounds, like 95000.",
				outside = "Enter a maximum from {min} to {max} a year.") String max,
		String openEnded,
		@NotBlank(message = "Say where the figures come from.") @Characters(max = 300,
				message = "Use at most 300 characters.") String source,
		String asOfYear, @NotBlank(message = "Say why: the reason goes into the band's history.") @Size(max = 500,
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

	/** Checked once each figure reads on its own: the figures as a range. */
	interface Range {

	}

}
