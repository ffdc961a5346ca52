package uk.mljobs.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * A form's problems laid out for its template: messages per field, messages for the form
 * as a whole, and what the person typed where it could not be converted.
 */
public record FormErrors(Map<String, List<String>> fields, List<String> global, Map<String, Object> rejected) {

	/**
	 * One message per field (GOV.UK practice: the first thing to fix), "required" before
	 * "too long"; fields in the order the form record declares them, so the summary reads
	 * top to bottom like the form.
	 */
	static FormErrors of(BindingResult result) {
		List<String> order = fieldOrder(result.getTarget());
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Map<String, Object> rejected = new LinkedHashMap<>();
		result.getFieldErrors()
			.stream()
			.sorted(Comparator.comparingInt((FieldError error) -> position(order, error.getField()))
				.thenComparingInt(FormErrors::priority))
			.forEach((error) -> {
				if (!fields.containsKey(error.getField())) {
					fields.put(error.getField(), List.of(message(error)));
				}
				if (error.isBindingFailure()) {
					rejected.put(error.getField(), error.getRejectedValue());
				}
			});
		List<String> global = result.getGlobalErrors().stream().map(FormErrors::message).toList();
		return new FormErrors(fields, global, rejected);
	}

	private static List<String> fieldOrder(Object target) {
		if (target != null && target.getClass().isRecord()) {
			return Arrays.stream(target.getClass().getRecordComponents()).map(RecordComponent::getName).toList();
		}
		return List.of();
	}

	private static int position(List<String> order, String field) {
		int index = order.indexOf(field);
		return (index >= 0) ? index : Integer.MAX_VALUE;
	}

	private static int priority(FieldError error) {
		if (error.isBindingFailure()) {
			return 0;
		}
		String code = error.getCode();
		return ("NotBlank".equals(code) || "NotNull".equals(code) || "NotEmpty".equals(code)) ? 1 : 2;
	}

	public boolean any() {
		return !this.fields.isEmpty() || !this.global.isEmpty();
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	public List<String> of(String field) {
		return this.fields.getOrDefault(field, List.of());
	}

	/**
	 * What to show in a field: what was typed if it could not be read, else the value.
	 */
	public Object value(String field, Object value) {
		return this.rejected.containsKey(field) ? this.rejected.get(field) : value;
	}

	private static String message(ObjectError error) {
		if (error instanceof FieldError fieldError && fieldError.isBindingFailure()) {
			return "Enter a valid value here.";
		}
		return (error.getDefaultMessage() != null) ? error.getDefaultMessage() : "Check this value.";
	}

}
