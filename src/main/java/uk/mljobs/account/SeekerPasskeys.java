package uk.mljobs.account;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A seeker's passkeys, for their page: once signed in with a mailed code, a seeker may
 * add one and sign in with it next time instead of waiting for a mail.
 */
@Component
public class SeekerPasskeys {

	/** One passkey as the page lists it. */
	public record Line(String id, String label, String added, String lastUsed) {
	}

	private final Passkeys passkeys;

	SeekerPasskeys(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	/** The seeker's passkeys, newest first. */
	public List<Line> of(String email) {
		return this.passkeys.of(email)
			.stream()
			.map((passkey) -> new Line(passkey.id(), passkey.label(), passkey.added(), passkey.lastUsed()))
			.toList();
	}

}
