package uk.mljobs.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * URL-safe slugs from names: lower-case ASCII words joined by hyphens, accents dropped.
 */
public final class Slugs {

	private static final Pattern MARKS = Pattern.compile("\\p{M}");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private static final Pattern EDGES = Pattern.compile("(^-+|-+$)");

	private static final Pattern TRAILING = Pattern.compile("-+$");

	private Slugs() {
	}

	/** The slug of {@code text}, at most {@code maxLength} characters; empty if none. */
	public static String of(String text, int maxLength) {
		String folded = MARKS.matcher(Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFKD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT);
		String slug = EDGES.matcher(SEPARATORS.matcher(folded).replaceAll("-")).replaceAll("");
		if (slug.length() > maxLength) {
			slug = TRAILING.matcher(slug.substring(0, maxLength)).replaceAll("");
		}
		return slug;
	}

	/**
	 * {@code base}, or {@code fallback} when it is empty, made unique among {@code taken}
	 * by a counter ({@code portfolio-2}); {@code taken} then holds it too.
	 */
	public static String unique(String base, String fallback, Set<String> taken) {
		String start = base.isEmpty() ? fallback : base;
		String slug = start;
		for (int n = 2; taken.contains(slug); n++) {
			slug = start + "-" + n;
		}
		taken.add(slug);
		return slug;
	}

}
