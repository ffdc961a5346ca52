package uk.mljobs.shared.validation;

import java.util.OptionalInt;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import uk.mljobs.shared.Choices;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayText;
import uk.mljobs.shared.Pounds;

/** Checks {@link PayForUnit}. */
public class PayForUnitValidator implements ConstraintValidator<PayForUnit, Object> {

	private PayForUnit constraint;

	@Override
	public void initialize(PayForUnit constraint) {
		this.constraint = constraint;
	}

	@Override
	public boolean isValid(Object form, ConstraintValidatorContext context) {
		if (form == null) {
			return true;
		}
		boolean daily = Choices.names(Violations.text(form, this.constraint.unit()), this.constraint.daily());
		int min = daily ? PayText.MIN_DAY_RATE : PayText.MIN_SALARY;
		int max = daily ? PayText.MAX_DAY_RATE : PayText.MAX_SALARY;
		String message = (daily ? this.constraint.dayRate() : this.constraint.message())
			.replace("{min}", Gbp.format(min))
			.replace("{max}", Gbp.format(max));
		boolean valid = true;
		for (String field : this.constraint.figures()) {
			OptionalInt pounds = Pounds.parse(Violations.text(form, field));
			if (pounds.isPresent() && (pounds.getAsInt() < min || pounds.getAsInt() > max)) {
				Violations.beside(context, field, message);
				valid = false;
			}
		}
		return valid;
	}

}
