package uk.mljobs.shared.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link IsoDate}. */
public class IsoDateValidator implements ConstraintValidator<IsoDate, CharSequence> {

	@Override
	public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
		if (text == null || text.toString().isBlank()) {
			return true;
		}
		try {
			LocalDate.parse(text.toString().strip());
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
