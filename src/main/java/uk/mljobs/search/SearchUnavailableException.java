package uk.mljobs.search;

/** An engine could not answer: the caller asks PostgreSQL instead. */
public class SearchUnavailableException extends RuntimeException {

	public SearchUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
