package uk.mljobs.support;

import org.springframework.web.util.HtmlUtils;

/**
 * The text a reader sees in an HTML page: scripts, styles and tags removed, entities
 * decoded, whitespace collapsed.
 */
public final class PageText {

	private PageText() {
	}

	public static String of(String html) {
		String body = html.replaceAll("(?is)<script\\b.*?</script>", " ")
			.replaceAll("(?is)<style\\b.*?</style>", " ")
			.replaceAll("(?is)<head\\b.*?</head>", " ")
			.replaceAll("(?s)<[^>]+>", " ");
		return HtmlUtils.htmlUnescape(body).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
	}

}
