package uk.mljobs.account;

import java.util.Locale;

/**
 * One spelling per mailbox: trimmed and lower-cased, so "Ann@Example.com " and
 * "ann@example.com" are the same account.
 */
final class Emails {

	private Emails() {
	}

	static String normalise(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

}
