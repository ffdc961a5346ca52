package uk.mljobs.account;

import java.util.List;
import java.util.Locale;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Component;

import uk.mljobs.system.MailOutbox;
import uk.mljobs.system.Site;

/**
 * The mails an account gets: each in plain text and HTML (one template,
 * {@code account/mail/message.html}, escaped by Thymeleaf), made of a greeting, a few
 * paragraphs, at most one link and a footnote. Links carry a single-use token and never
 * the address.
 */
@Component
class AccountMails {

	private final Site site;

	private final ITemplateEngine templates;

	AccountMails(Site site, ITemplateEngine templates) {
		this.site = site;
		this.templates = templates;
	}

	MailOutbox.Mail verify(String key, String to, String name, String token, boolean newAddress) {
		String url = this.site.absolute("/account/verify?token=" + token);
		List<String> paragraphs = newAddress ? List.of(
				"You asked to use this address for your recruiter account on " + this.site.name() + ".",
				"Open the link within 24 hours and press Confirm; until then your account keeps its old address.")
				: List.of("Thanks for creating a recruiter account on " + this.site.name() + ".",
						"Open the link within 24 hours and press Confirm to show the address is yours. You can "
								+ "write drafts before then; openings go to review once the address is confirmed.");
		return message(key, to, "Confirm your email address", name, paragraphs, "Confirm my address", url,
				"If you did not ask for this, ignore this mail: nothing changes without the link.");
	}

	MailOutbox.Mail alreadyRegistered(String key, String to) {
		return message(key, to, "You already have an account", null,
				List.of("Someone, we hope you, tried to create a recruiter account on " + this.site.name()
						+ " with this address. It already has one, so nothing was changed.",
						"To get back in, sign in, or ask for a new password from the sign-in page."),
				"Sign in", this.site.absolute("/login"),
				"If it was not you, ignore this mail: your account is as it was.");
	}

	MailOutbox.Mail reset(String key, String to, String name, String token) {
		return message(key, to, "Reset your password", name,
				List.of("We had a request to reset the password of your account on " + this.site.name() + ".",
						"The link works once, for 30 minutes. Setting a new password signs you out everywhere else."),
				"Choose a new password", this.site.absolute("/login/reset?token=" + token),
				"If you did not ask, ignore this mail: your password stays as it is.");
	}

	MailOutbox.Mail passwordChanged(String key, String to, String name) {
		return message(key, to, "Your password was changed", name,
				List.of("The password of your account on " + this.site.name()
						+ " has just been changed, and every other session was signed out."),
				"Sign in", this.site.absolute("/login"),
				"If this was not you, reset your password now from the sign-in page and tell us at once.");
	}

	MailOutbox.Mail emailChanged(String key, String oldAddress, String name, String newAddress) {
		return message(key, oldAddress, "Your account's email address changed", name,
				List.of("Your account on " + this.site.name() + " now signs in with " + newAddress
						+ " instead of this address."),
				null, null, "If this was not you, reply to this mail or contact us at once.");
	}

	private MailOutbox.Mail message(String key, String to, String subject, String name, List<String> paragraphs,
			String actionLabel, String actionUrl, String footnote) {
		String greeting = (name != null && !name.isBlank()) ? name : "there";
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
		return MailOutbox.Mail.of(key, to, subject, text.toString(),
				this.templates.process("account/mail/message", context));
	}

}
