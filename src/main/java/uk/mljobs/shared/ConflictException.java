package uk.mljobs.shared;

/**
 * The request asks for something the current state does not allow (approving a posting
 * twice, closing a draft). The web layer answers 409 and shows the message.
 */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
