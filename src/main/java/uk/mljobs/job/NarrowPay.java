package uk.mljobs.job;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A posting's highest pay is at most {@link PostingProperties#widestPayRatio} times its
 * lowest, so the range says what the job pays. The message, beside the highest pay, says
 * how far the range may go.
 */
@Documented
@Constraint(validatedBy = NarrowPayValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface NarrowPay {

	String message() default "Narrow the range to what you will pay.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
