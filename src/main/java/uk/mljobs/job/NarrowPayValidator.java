package uk.mljobs.job;

import java.util.OptionalInt;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.Pounds;

/**
 * Checks {@link NarrowPay} with the configured ratio. Spring makes it, with the
 * properties, whenever a posting form is validated.
 */
class NarrowPayValidator implements ConstraintValidator<NarrowPay, PostingForm> {

	private final PostingProperties rules;

	NarrowPayValidator(PostingProperties rules) {
		this.rules = rules;
	}

	@Override
	public boolean isValid(PostingForm form, ConstraintValidatorContext context) {
		if (form == null) {
			return true;
		}
		OptionalInt min = Pounds.parse(form.payMin());
		OptionalInt max = Pounds.parse(form.payMax());
		if (min.isEmpty() || max.isEmpty() || max.getAsInt() <= this.rules.widestMaxFor(min.getAsInt())) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context
			.buildConstraintViolationWithTemplate(
					"The highest pay may be at most " + this.rules.ratioText() + " times the lowest: up to "
							+ Gbp.format(this.rules.widestMaxFor(min.getAsInt())) + " for a lowest of "
							+ Gbp.format(min.getAsInt()) + ". " + context.getDefaultConstraintMessageTemplate())
			.addPropertyNode("payMax")
			.addConstraintViolation();
		return false;
	}

}
