package uk.mljobs.web;

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

	static FormErrors of(BindingResult result) {
		Map<String, List<String>> fields = new LinkedHashMap<>();
		Map<String, Object> rejected = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			fields.computeIfAbsent(error.getField(), (f) -> new java.util.ArrayList<>()).add(message(error));
			if (error.isBindingFailure()) {
				rejected.put(error.getField(), error.getRejectedValue());
			}
		}
		List<String> global = result.getGlobalErrors().stream().map(FormErrors::message).toList();
		return new FormErrors(fields, global, rejected);
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
