package uk.mljobs.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text of {@link #min} to {@link #max} characters, counted as PostgreSQL counts them
 * (code points, so an emoji is one, not two as {@code @Size} counts): at least
 * {@code min} besides leading and trailing white space, at most {@code max} in all. A
 * value that passes fits a column checked with {@code char_length}, trimmed or not.
 * {@code null} passes: say it is required with {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = CharactersValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface Characters {

	int min() default 0;

	int max() default Integer.MAX_VALUE;

	String message() default "Use {min} to {max} characters.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
