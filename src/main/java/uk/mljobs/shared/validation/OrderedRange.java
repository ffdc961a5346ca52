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
 * A form's two whole-pound fields (as {@link Pounds#parse} reads them) make a range: the
 * highest is at least the lowest. The message goes beside the highest. Compared only when
 * both read as pounds: a missing or unreadable figure is its own field's problem.
 */
@Documented
@Constraint(validatedBy = OrderedRangeValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OrderedRange {

	/** The lowest figure's field. */
	String min();

	/** The highest figure's field. */
	String max();

	String message() default "The highest figure must be at least the lowest.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
