package uk.mljobs.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text that is a calendar date written year-month-day ({@code 2026-12-31}), as a
 * browser's date field sends it. Blank text passes.
 */
@Documented
@Constraint(validatedBy = IsoDateValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface IsoDate {

	String message() default "Enter the date as year-month-day, like 2026-12-31.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
