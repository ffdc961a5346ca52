package uk.mljobs.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import uk.mljobs.shared.Choices;

/** Checks {@link RequiredWhen}. */
public class RequiredWhenValidator implements ConstraintValidator<RequiredWhen, Object> {

	private RequiredWhen constraint;

	@Override
	public void initialize(RequiredWhen constraint) {
		this.constraint = constraint;
	}

	@Override
	public boolean isValid(Object form, ConstraintValidatorContext context) {
		if (form == null || !Choices.names(Violations.text(form, this.constraint.when()), this.constraint.is())) {
			return true;
		}
		String value = Violations.text(form, this.constraint.field());
		if (value != null && !value.isBlank()) {
			return true;
		}
		Violations.beside(context, this.constraint.field());
		return false;
	}

}
