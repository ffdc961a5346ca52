package uk.mljobs.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Characters}. */
public class CharactersValidator implements ConstraintValidator<Characters, CharSequence> {

	private int min;

	private int max;

	@Override
	public void initialize(Characters constraint) {
		this.min = constraint.min();
		this.max = constraint.max();
	}

	@Override
	public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
		if (text == null) {
			return true;
		}
		String all = text.toString();
		String kept = all.strip();
		return kept.codePointCount(0, kept.length()) >= this.min && all.codePointCount(0, all.length()) <= this.max;
	}

}
