package uk.mljobs.job;

import java.util.List;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Turns a recruiter's Markdown into HTML that is safe to show: CommonMark renders it,
 * then the OWASP sanitizer keeps only an allow-list of text elements and http(s)/mailto
 * links, which always get {@code rel="nofollow noopener noreferrer"}. Raw HTML in the
 * Markdown is shown as text, never passed through.
 */
@Component
class DescriptionRenderer {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "strong", "em", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "h5", "h6",
				"hr")
		// The page owns h1 and h2; a description's own headings sit below them.
		.allowElements((name, attributes) -> "h3", "h1", "h2")
		.allowElements("a")
		.allowAttributes("href")
		.onElements("a")
		.allowUrlProtocols("http", "https", "mailto")
		.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(List.of(AutolinkExtension.create())).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.extensions(List.of(AutolinkExtension.create()))
		.build();

	String render(String markdown) {
		return sanitise(this.renderer.render(this.parser.parse(markdown)));
	}

	static String sanitise(String html) {
		return POLICY.sanitize(html);
	}

}
