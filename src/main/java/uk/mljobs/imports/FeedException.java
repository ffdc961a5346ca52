package uk.mljobs.imports;

/**
 * A feed that could not be read: unreachable, refusing, too large, or not in the format
 * its kind documents. A run that meets one changes nothing on the board.
 */
class FeedException extends RuntimeException {

	private final boolean retryable;

	FeedException(String message, boolean retryable) {
		super(message);
		this.retryable = retryable;
	}

	FeedException(String message, boolean retryable, Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
	}

	static FeedException format(String what) {
		return new FeedException("The feed is not in the format expected: " + what, false);
	}

	/**
	 * Worth trying again soon (a timeout, a 429 or a 5xx), rather than a broken source.
	 */
	boolean retryable() {
		return this.retryable;
	}

}
