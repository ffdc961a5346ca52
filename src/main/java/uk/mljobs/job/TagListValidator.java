package uk.mljobs.job;

import java.util.Set;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link TagList}. */
class TagListValidator implements ConstraintValidator<TagList, String> {

	private String tooLong;

	@Override
	public void initialize(TagList constraint) {
		this.tooLong = constraint.tooLong();
	}

	@Override
	public boolean isValid(String text, ConstraintValidatorContext context) {
		Set<String> tags = Tags.read(text);
		if (tags.stream().anyMatch((tag) -> tag.length() > Tags.LONGEST)) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.tooLong).addConstraintViolation();
			return false;
		}
		return tags.size() <= Tags.MOST;
	}

}
