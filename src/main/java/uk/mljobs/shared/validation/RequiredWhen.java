package uk.mljobs.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A form's {@link #field} must not be blank when its {@link #when} field names the enum
 * constant {@link #is} (by name or slug, as {@link uk.mljobs.shared.Choices#constant}
 * reads it). The message goes beside {@code field}.
 */
@Documented
@Constraint(validatedBy = RequiredWhenValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiredWhen {

	/** The field that is then required. */
	String field();

	/** The field whose value decides. */
	String when();

	/** The constant's name that makes {@link #field} required. */
	String is();

	String message() default "Enter this as well.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
