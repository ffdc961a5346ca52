package uk.mljobs.job;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that {@link HowToApply#read} reads as a web or an email address. Blank text
 * passes: say it is required with {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = ApplyAddressValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface ApplyAddress {

	/** Said when the text is neither kind of address. */
	String message() default "Enter a web address starting with https:// or an email address.";

	/** Said when the text was meant as a web address but is not a usable one. */
	String web() default "Enter a full web address starting with https://, with no spaces.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
