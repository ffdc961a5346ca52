package uk.mljobs.system;

import java.util.List;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

/**
 * Writes the site's plain letters (to recruiters and admins): a greeting, a few
 * paragraphs, at most one link and a footnote, in plain text and in HTML (one template,
 * {@code mail/letter.html}, escaped by Thymeleaf), ready for the {@link MailOutbox}.
 */
@Component
public class Letters {

	private final Site site;

	private final ITemplateEngine templates;

	Letters(Site site, ITemplateEngine templates) {
		this.site = site;
		this.templates = templates;
	}

	/**
	 * A letter to write with the caller's change.
	 * @param key what the mail is for, unique for ever ("verify:7")
	 * @param name whom to greet; "there" when null
	 * @param actionLabel the link's words, or null for no link
	 * @param actionPath the link, a path of this site ("/login") or null
	 */
	public MailOutbox.Mail letter(String key, String to, String subject, String name, List<String> paragraphs,
			String actionLabel, String actionPath, String footnote) {
		String greeting = (name != null && !name.isBlank()) ? name : "there";
		String actionUrl = (actionPath != null) ? this.site.absolute(actionPath) : null;
		StringBuilder text = new StringBuilder("Hello ").append(greeting).append(",\n\n");
		paragraphs.forEach((paragraph) -> text.append(paragraph).append("\n\n"));
		if (actionUrl != null) {
			text.append(actionLabel).append(":\n").append(actionUrl).append("\n\n");
		}
		if (footnote != null) {
			text.append(footnote).append("\n\n");
		}
		text.append(this.site.name()).append('\n');
		Context context = new Context(Locale.UK);
		context.setVariable("siteName", this.site.name());
		context.setVariable("subject", subject);
		context.setVariable("name", greeting);
		context.setVariable("paragraphs", paragraphs);
		context.setVariable("actionLabel", actionLabel);
		context.setVariable("actionUrl", actionUrl);
		context.setVariable("footnote", footnote);
		return MailOutbox.Mail.of(key, to, subject, text.toString(), this.templates.process("mail/letter", context));
	}

	/** The site's name, for letters that mention it. */
	public String siteName() {
		return this.site.name();
	}

}
