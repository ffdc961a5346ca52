package uk.mljobs.shared;

import java.util.Locale;

/**
 * One spelling per mailbox: trimmed, lower-cased and without control characters (as every
 * form field loses them), so "Ann@Example.com " and "ann@example.com" are the same
 * account, and a sign-in with a NUL in it is just a wrong address.
 */
public final class Emails {

	private Emails() {
	}

	public static String normalise(String email) {
		return (email != null) ? Text.clean(email).strip().toLowerCase(Locale.ROOT) : "";
	}

}
