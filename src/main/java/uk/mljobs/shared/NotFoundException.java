package uk.mljobs.shared;

/**
 * Something a URL names does not exist. The web layer answers 404.
 */
public class NotFoundException extends RuntimeException {

	private NotFoundException(String message) {
		super(message);
	}

	public static NotFoundException of(String what, String name) {
		return new NotFoundException("No " + what + " called '" + name + "'.");
	}

}
