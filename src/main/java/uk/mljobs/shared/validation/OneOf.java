package uk.mljobs.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import uk.mljobs.shared.Choices;

/**
 * Text that names one of an enum's constants, as {@link Choices#constant} reads it (by
 * name or slug). Blank text passes: say it is required with {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	/** The enum whose constants the text may name. */
	Class<? extends Enum<?>> value();

	String message() default "Choose one of the values offered.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
