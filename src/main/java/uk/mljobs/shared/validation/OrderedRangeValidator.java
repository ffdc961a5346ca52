package uk.mljobs.shared.validation;

import java.util.OptionalInt;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import uk.mljobs.shared.Pounds;

/** Checks {@link OrderedRange}. */
public class OrderedRangeValidator implements ConstraintValidator<OrderedRange, Object> {

	private OrderedRange constraint;

	@Override
	public void initialize(OrderedRange constraint) {
		this.constraint = constraint;
	}

	@Override
	public boolean isValid(Object form, ConstraintValidatorContext context) {
		if (form == null) {
			return true;
		}
		OptionalInt min = Pounds.parse(Violations.text(form, this.constraint.min()));
		OptionalInt max = Pounds.parse(Violations.text(form, this.constraint.max()));
		if (min.isEmpty() || max.isEmpty() || min.getAsInt() <= max.getAsInt()) {
			return true;
		}
		Violations.beside(context, this.constraint.max());
		return false;
	}

}
