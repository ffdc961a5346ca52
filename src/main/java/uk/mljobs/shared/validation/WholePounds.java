package uk.mljobs.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import uk.mljobs.shared.Pounds;

/**
 * Text that reads as whole pounds ({@link Pounds#parse}: "£65,000" or "65000"), from
 * {@link #min} to {@link #max}. Blank text passes: say it is required with
 * {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = WholePoundsValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface WholePounds {

	int min() default 0;

	int max() default Integer.MAX_VALUE;

	/** Said when the text is not whole pounds. */
	String message() default "Enter a whole number of pounds, like 65000.";

	/**
	 * Said when the figure is below {@link #min} or above {@link #max}; {@code {min}} and
	 * {@code {max}} become the bounds in pounds ("£10,000").
	 */
	String outside() default "Enter whole pounds from {min} to {max}.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
