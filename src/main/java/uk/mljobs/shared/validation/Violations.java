package uk.mljobs.shared.validation;

import jakarta.validation.ConstraintValidatorContext;

import org.springframework.beans.DirectFieldAccessor;

/**
 * What the validators across fields share: reading a form's field by name, and putting a
 * message on one field rather than on the form.
 */
final class Violations {

	private Violations() {
	}

	/** The text of the form's field {@code name} (a record component or a field). */
	static String text(Object form, String name) {
		Object value = new DirectFieldAccessor(form).getPropertyValue(name);
		return (value != null) ? value.toString() : null;
	}

	/**
	 * Reports {@code message}, said as it is, instead of the constraint's own message.
	 */
	static void report(ConstraintValidatorContext context, String message) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(literal(message)).addConstraintViolation();
	}

	/** Reports the constraint's own message beside the form's field {@code field}. */
	static void beside(ConstraintValidatorContext context, String field) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
			.addPropertyNode(field)
			.addConstraintViolation();
	}

	/** Reports {@code message}, said as it is, beside the form's field {@code field}. */
	static void beside(ConstraintValidatorContext context, String field, String message) {
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(literal(message)).addPropertyNode(field).addConstraintViolation();
	}

	/** A message template that interpolates to {@code message} itself. */
	private static String literal(String message) {
		return message.replaceAll("([\\\\{}$])", "\\\\$1");
	}

}
