package uk.mljobs.shared;

/**
 * One spelling per mailbox: folded ({@link Text#fold}: NFKC, lower case), trimmed and
 * without control characters (as every form field loses them), so "Ann@Example.com ",
 * "ａｎｎ@example.com" and "ann@example.com" are the same account, and a sign-in with a NUL
 * in it is just a wrong address.
 */
public final class Emails {

	private Emails() {
	}

	public static String normalise(String email) {
		return (email != null) ? Text.fold(Text.clean(email)).strip() : "";
	}

}
