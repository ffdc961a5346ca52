package uk.mljobs.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import uk.mljobs.shared.PayText;

/**
 * A form's pay figures are sane for their unit: a day rate from
 * {@value PayText#MIN_DAY_RATE} to {@value PayText#MAX_DAY_RATE} pounds, a salary from
 * {@value PayText#MIN_SALARY} to {@value PayText#MAX_SALARY}, the same bounds search
 * reads pay with. The figures are a day rate when the {@link #unit} field names
 * {@link #daily} (by name or slug, as {@link uk.mljobs.shared.Choices#constant} reads
 * it), else a year's salary. Each figure out of bounds gets the message; a figure that
 * does not read as pounds is left to its own field's check.
 */
@Documented
@Constraint(validatedBy = PayForUnitValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PayForUnit {

	/** The fields holding the figures, such as {@code payMin} and {@code payMax}. */
	String[] figures();

	/** The field that says what the pay is per, such as {@code employmentType}. */
	String unit();

	/** The {@link #unit} value that means pay by the day, such as {@code CONTRACT}. */
	String daily();

	/**
	 * Said of a salary out of bounds; {@code {min}} and {@code {max}} become the bounds.
	 */
	String message() default "An annual salary must be between {min} and {max} a year.";

	/** Said of a day rate out of bounds; {@code {min}} and {@code {max}} as above. */
	String dayRate() default "A day rate must be between {min} and {max} a day.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
