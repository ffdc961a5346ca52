package uk.mljobs.shared;

import java.util.Collection;

/**
 * A request parameter has a value the site does not know. The web layer answers 400 and
 * shows the message, so it must say what to fix.
 */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	private InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/** A parameter refused for a reason the message gives in full. */
	public static InvalidParameterException because(String parameter, String message) {
		return new InvalidParameterException(parameter, message);
	}

	public static InvalidParameterException unknownValue(String parameter, String value, Collection<String> allowed) {
		String shown = (value.length() > 60) ? value.substring(0, 60) + "…" : value;
		return new InvalidParameterException(parameter,
				"'" + shown + "' is not a known " + parameter + ". Use one of: " + String.join(", ", allowed) + ".");
	}

	public static InvalidParameterException outOfRange(String parameter, long min, long max) {
		return new InvalidParameterException(parameter,
				"'" + parameter + "' must be a whole number from " + min + " to " + max + ".");
	}

	public static InvalidParameterException tooLong(String parameter, int max) {
		return new InvalidParameterException(parameter,
				"'" + parameter + "' is too long: use at most " + max + " characters.");
	}

	public static InvalidParameterException invalid(String parameter, String message) {
		return new InvalidParameterException(parameter, message);
	}

	public String getParameter() {
		return this.parameter;
	}

}
