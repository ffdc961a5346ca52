package uk.mljobs.shared.validation;

import java.util.OptionalInt;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.Pounds;

/** Checks {@link WholePounds}. */
public class WholePoundsValidator implements ConstraintValidator<WholePounds, CharSequence> {

	private int min;

	private int max;

	private String outside;

	@Override
	public void initialize(WholePounds constraint) {
		this.min = constraint.min();
		this.max = constraint.max();
		this.outside = constraint.outside()
			.replace("{min}", Gbp.format(this.min))
			.replace("{max}", Gbp.format(this.max));
	}

	@Override
	public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
		if (text == null || text.toString().isBlank()) {
			return true;
		}
		OptionalInt pounds = Pounds.parse(text.toString());
		if (pounds.isEmpty()) {
			return false;
		}
		if (pounds.getAsInt() < this.min || pounds.getAsInt() > this.max) {
			Violations.report(context, this.outside);
			return false;
		}
		return true;
	}

}
