package uk.mljobs.alert;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import uk.mljobs.alert.AlertSigner.Purpose;
import uk.mljobs.job.PostingSummary;
import uk.mljobs.system.Site;
import uk.mljobs.system.MailOutbox;

/**
 * Writes the alert mails: each in plain text and HTML (the HTML from templates under
 * {@code alert/mail/}, escaped by Thymeleaf), with signed links that never name the
 * address, and a one-click unsubscribe for every mail about an alert.
 */
@Component
class AlertMails {

	private final AlertSigner signer;

	private final Site site;

	private final ITemplateEngine templates;

	AlertMails(AlertSigner signer, Site site, ITemplateEngine templates) {
		this.signer = signer;
		this.site = site;
		this.templates = templates;
	}

	MailOutbox.Mail confirmation(long id, String email, String label, Frequency frequency, String key) {
		String confirm = this.site.absolute(path("/alerts/confirm", Purpose.CONFIRM, id, email));
		String every = (frequency == Frequency.WEEKLY) ? "once a week" : "once a day";
		String text = """
				Someone, we hope you, asked %s to email this address %s with new jobs for:

				  %s

				To start the alert, open this link and press Confirm:
				%s

				If it was not you, ignore this mail: without confirmation nothing is sent, and the request is
				deleted within a week.
				""".formatted(this.site.name(), every, label, confirm);
		Context context = context(label);
		context.setVariable("confirmUrl", confirm);
		context.setVariable("every", every);
		return new MailOutbox.Mail(key, email, "Confirm your job alert: " + shorten(label), text,
				this.templates.process("alert/mail/confirm", context), null, id);
	}

	MailOutbox.Mail manageLink(long id, String email, int alerts, String key) {
		String manage = this.site.absolute(path("/alerts/manage", Purpose.MANAGE, id, email));
		String text = """
				Here is the link to the %d job alert%s of this address on %s. There you can stop any of them, or
				delete everything we hold about this address:
				%s
				""".formatted(alerts, (alerts == 1) ? "" : "s", this.site.name(), manage);
		Context context = context(null);
		context.setVariable("manageUrl", manage);
		context.setVariable("alerts", alerts);
		return new MailOutbox.Mail(key, email, "Your job alerts on " + this.site.name(), text,
				this.templates.process("alert/mail/manage", context), null, null);
	}

	/**
	 * Says a new alert was not added because the address has as many as we keep, with the
	 * link to stop one.
	 */
	MailOutbox.Mail full(long id, String email, int alerts, String key) {
		String manage = this.site.absolute(path("/alerts/manage", Purpose.MANAGE, id, email));
		String text = """
				Someone, we hope you, asked for a new job alert for this address on %s. It already has %d job
				alerts, the most we keep for one address, so we did not add it. Stop one you no longer need, then
				ask again:
				%s
				""".formatted(this.site.name(), alerts, manage);
		Context context = context(null);
		context.setVariable("manageUrl", manage);
		context.setVariable("alerts", alerts);
		context.setVariable("full", true);
		return new MailOutbox.Mail(key, email, "Your job alert was not added", text,
				this.templates.process("alert/mail/manage", context), null, null);
	}

	MailOutbox.Mail digest(Alerts.Stored alert, List<PostingSummary> jobs, boolean more, String key) {
		String unsubscribe = this.site.absolute(unsubscribePath(alert.id(), alert.email()));
		String manage = this.site.absolute(path("/alerts/manage", Purpose.MANAGE, alert.id(), alert.email()));
		String search = this.site.absolute(alert.view().searchPath());
		StringBuilder text = new StringBuilder();
		text.append(count(jobs.size(), more)).append(" for ").append(alert.label()).append(":\n\n");
		for (PostingSummary job : jobs) {
			text.append("- ")
				.append(job.title())
				.append(", ")
				.append(job.companyName())
				.append(", ")
				.append(job.townName())
				.append(job.pay() != null ? ", " + job.pay() : "")
				.append("\n  ")
				.append(this.site.absolute(job.path()))
				.append("\n");
		}
		text.append("\nEvery match: ")
			.append(search)
			.append("\n\nStop this alert: ")
			.append(unsubscribe)
			.append("\nYour alerts, or delete your data: ")
			.append(manage)
			.append("\n");
		Context context = context(alert.label());
		context.setVariable("jobs", jobs);
		context.setVariable("headline", count(jobs.size(), more));
		context.setVariable("searchUrl", search);
		context.setVariable("unsubscribeUrl", unsubscribe);
		context.setVariable("manageUrl", manage);
		context.setVariable("site", this.site);
		return new MailOutbox.Mail(key, alert.email(), count(jobs.size(), more) + ": " + shorten(alert.label()),
				text.toString(), this.templates.process("alert/mail/digest", context), unsubscribe, alert.id());
	}

	String unsubscribePath(long id, String email) {
		return path("/alerts/unsubscribe", Purpose.UNSUBSCRIBE, id, email);
	}

	private String path(String base, Purpose purpose, long id, String email) {
		return base + "?alert=" + id + "&sig=" + this.signer.sign(purpose, id, email);
	}

	private Context context(String label) {
		Context context = new Context(Locale.UK);
		context.setVariable("siteName", this.site.name());
		context.setVariable("label", label);
		return context;
	}

	private static String count(int jobs, boolean more) {
		return more ? jobs + "+ new jobs" : (jobs == 1) ? "1 new job" : jobs + " new jobs";
	}

	private static String shorten(String label) {
		return (label.length() > 120) ? label.substring(0, 119) + "…" : label;
	}

}
