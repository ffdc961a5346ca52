package uk.mljobs.job;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where applicants go: a web address or an email address, as a recruiter typed it.
 *
 * @param url an http(s) address, its scheme and host in lower case; or null
 * @param email an email address; or null
 */
record HowToApply(String url, String email) {

	static final int LONGEST_ADDRESS = 500;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	/** What {@code text} says to do, or empty when it is neither kind of address. */
	static Optional<HowToApply> read(String text) {
		String apply = (text != null) ? text.strip() : "";
		if (webLike(apply)) {
			return Optional.ofNullable(webAddress(apply)).map((url) -> new HowToApply(url, null));
		}
		if (EMAIL.matcher(apply).matches() && apply.length() <= 254) {
			return Optional.of(new HowToApply(null, apply));
		}
		return Optional.empty();
	}

	/** Whether the text was meant as a web address, however mistyped. */
	static boolean webLike(String text) {
		return text != null && text.strip().regionMatches(true, 0, "http", 0, 4);
	}

	/**
	 * An http(s) address with a host and nothing a browser would misread, its scheme and
	 * host in lower case ("HTTPS://Jobs.Example.com/A" is "https://jobs.example.com/A");
	 * else null.
	 */
	private static String webAddress(String text) {
		if (text.length() > LONGEST_ADDRESS || text.chars().anyMatch((c) -> Character.isWhitespace(c) || c < 0x20)) {
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
					&& uri.getUserInfo() == null) {
				String authority = uri.getRawAuthority();
				int hostStart = text.indexOf(authority, scheme.length());
				return scheme + text.substring(scheme.length(), hostStart) + authority.toLowerCase(Locale.ROOT)
						+ text.substring(hostStart + authority.length());
			}
			return null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
