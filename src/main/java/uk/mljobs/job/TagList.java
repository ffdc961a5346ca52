package uk.mljobs.job;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that {@link Tags#read} reads as at most {@link Tags#MOST} tags of at most
 * {@link Tags#LONGEST} characters each.
 */
@Documented
@Constraint(validatedBy = TagListValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface TagList {

	/** Said when there are too many tags. */
	String message() default "List at most " + Tags.MOST + " other skills.";

	/** Said when a tag is too long. */
	String tooLong() default "Keep each skill to " + Tags.LONGEST + " characters.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
