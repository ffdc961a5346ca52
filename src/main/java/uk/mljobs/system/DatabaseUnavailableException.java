package uk.mljobs.system;

/**
 * PostgreSQL did not answer at start-up; {@link DatabaseUnavailableFailureAnalyzer} turns
 * this into a short report instead of a stack trace.
 */
class DatabaseUnavailableException extends RuntimeException {

	private final String url;

	DatabaseUnavailableException(String url, Throwable cause) {
		super("PostgreSQL is not reachable at " + url, cause);
		this.url = url;
	}

	String getUrl() {
		return this.url;
	}

}
