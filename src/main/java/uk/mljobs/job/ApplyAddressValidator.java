package uk.mljobs.job;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ApplyAddress}. */
class ApplyAddressValidator implements ConstraintValidator<ApplyAddress, String> {

	private String web;

	@Override
	public void initialize(ApplyAddress constraint) {
		this.web = constraint.web();
	}

	@Override
	public boolean isValid(String text, ConstraintValidatorContext context) {
		if (text == null || text.isBlank() || HowToApply.read(text).isPresent()) {
			return true;
		}
		if (HowToApply.webLike(text)) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.web).addConstraintViolation();
		}
		return false;
	}

}
