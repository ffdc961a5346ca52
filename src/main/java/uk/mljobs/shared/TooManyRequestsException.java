package uk.mljobs.shared;

import java.time.Duration;

/**
 * A client has used up an allowance (sign-ups, postings, login attempts). The web layer
 * answers 429 with a {@code Retry-After} header and the message.
 */
public class TooManyRequestsException extends RuntimeException {

	private final Duration retryAfter;

	public TooManyRequestsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration getRetryAfter() {
		return this.retryAfter;
	}

}
