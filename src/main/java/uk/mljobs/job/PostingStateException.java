package uk.mljobs.job;

import uk.mljobs.shared.ConflictException;

/**
 * A lifecycle step asked of a posting in the wrong state; the web layer answers 409.
 */
public class PostingStateException extends ConflictException {

	PostingStateException(String message) {
		super(message);
	}

}
