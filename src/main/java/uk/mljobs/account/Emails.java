package uk.mljobs.account;

import java.util.Locale;

import uk.mljobs.shared.Text;

/**
 * One spelling per mailbox: trimmed, lower-cased and without control characters (as every
 * form field loses them), so "Ann@Example.com " and "ann@example.com" are the same
 * account, and a sign-in with a NUL in it is just a wrong address.
 */
final class Emails {

	private Emails() {
	}

	static String normalise(String email) {
		return (email != null) ? Text.clean(email).strip().toLowerCase(Locale.ROOT) : "";
	}

}
