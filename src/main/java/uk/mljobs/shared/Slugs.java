package uk.mljobs.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL-safe slugs from names: lower-case ASCII words joined by hyphens, accents dropped.
 */
public final class Slugs {

	private Slugs() {
	}

	/** The slug of {@code text}, at most {@code maxLength} characters; empty if none. */
	public static String of(String text, int maxLength) {
		String slug = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-+|-+$)", "");
		if (slug.length() > maxLength) {
			slug = slug.substring(0, maxLength).replaceAll("-+$", "");
		}
		return slug;
	}

}
