package uk.mljobs.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import uk.mljobs.shared.Choices;

/** Checks {@link OneOf}. */
public class OneOfValidator implements ConstraintValidator<OneOf, CharSequence> {

	private Class<? extends Enum<?>> type;

	@Override
	public void initialize(OneOf constraint) {
		this.type = constraint.value();
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
		if (text == null || text.toString().isBlank()) {
			return true;
		}
		return Choices.constant((Class) this.type, text.toString()).isPresent();
	}

}
