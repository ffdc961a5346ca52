package uk.mljobs.shared;

/**
 * Something a URL names does not exist. The web layer answers 404.
 */
public class NotFoundException extends RuntimeException {

	private NotFoundException(String message) {
		super(message);
	}

	/** A page of its own words, where "could not find" would not be the whole truth. */
	public static NotFoundException because(String message) {
		return new NotFoundException(message);
	}

	public static NotFoundException of(String what, String name) {
		return new NotFoundException(
				"We could not find that " + what + ". It may have been removed, or the link may be mistyped.");
	}

	/**
	 * For what is reached by a link rather than a name (a mailed link whose signature
	 * does not match, or whose subject is gone): the message says what went wrong in the
	 * reader's words, since there is no name to quote.
	 */
	public static NotFoundException saying(String message) {
		return new NotFoundException(message);
	}

}
