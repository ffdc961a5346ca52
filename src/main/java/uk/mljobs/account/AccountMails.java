package uk.mljobs.account;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.mljobs.system.Letters;
import uk.mljobs.system.MailOutbox;

/**
 * The mails about an account itself (confirm, reset, changed), written as
 * {@link Letters}. Links carry a single-use token and never the address.
 */
@Component
class AccountMails {

	private final Letters letters;

	private final String siteName;

	AccountMails(Letters letters) {
		this.letters = letters;
		this.siteName = letters.siteName();
	}

	MailOutbox.Mail verify(String key, String to, String name, String token, boolean newAddress) {
		String url = "/account/verify?token=" + token;
		List<String> paragraphs = newAddress ? List.of(
				"You asked to use this address for your recruiter account on " + this.siteName + ".",
				"Open the link within 24 hours and press Confirm; until then your account keeps its old address.")
				: List.of("Thanks for creating a recruiter account on " + this.siteName + ".",
						"Open the link within 24 hours and press Confirm to show the address is yours. You can "
								+ "write drafts before then; openings go to review once the address is confirmed.");
		return message(key, to, "Confirm your email address", name, paragraphs, "Confirm my address", url,
				"If you did not ask for this, ignore this mail: nothing changes without the link.");
	}

	MailOutbox.Mail alreadyRegistered(String key, String to) {
		return message(key, to, "You already have an account", null,
				List.of("Someone, we hope you, tried to use this address for a recruiter account on " + this.siteName
						+ ". It already belongs to an account, so nothing was changed.",
						"To get back into a recruiter account, sign in, or ask for a new password from the sign-in "
								+ "page. If the address keeps your saved jobs as a job seeker, recruit with another "
								+ "address: a seeker's account cannot post jobs."),
				"Sign in", "/login", "If it was not you, ignore this mail: your account is as it was.");
	}

	MailOutbox.Mail reset(String key, String to, String name, String token) {
		return message(key, to, "Reset your password", name,
				List.of("We had a request to reset the password of your account on " + this.siteName + ".",
						"The link works once, for 30 minutes. Setting a new password signs you out everywhere else."),
				"Choose a new password", "/login/reset?token=" + token,
				"If you did not ask, ignore this mail: your password stays as it is.");
	}

	MailOutbox.Mail passwordChanged(String key, String to, String name) {
		return message(key, to, "Your password was changed", name,
				List.of("The password of your account on " + this.siteName
						+ " has just been changed, and every other session was signed out."),
				"Sign in", "/login",
				"If this was not you, reset your password now from the sign-in page and tell us at once.");
	}

	MailOutbox.Mail signInCode(String key, String to, String name, String code) {
		return message(key, to, "Your sign-in code: " + code, name,
				List.of("Your sign-in code for " + this.siteName + " is " + code + ".",
						"Type it on the page that asked for it. It works once, for 10 minutes, and only in the "
								+ "browser where you signed in with your password."),
				null, null, "If you did not just sign in, someone knows your password: change it now from your "
						+ "account page, or reset it from the sign-in page.");
	}

	MailOutbox.Mail seekerSignIn(String key, String to, String link, String code) {
		return message(key, to, "Sign in to " + this.siteName + " with " + code, null,
				List.of("Here is how to sign in to " + this.siteName + " and keep track of jobs: open the link, "
						+ "or type the code " + code + " on the page where you gave this address.",
						"Either works once, for 15 minutes. Asking again sends a new pair and ends this one."),
				"Sign in", SeekerSecurity.PAGE + "/link?token=" + link,
				"If you did not ask to sign in, ignore this mail: nobody gets in without the link or the code.");
	}

	MailOutbox.Mail seekerAddressTaken(String key, String to) {
		return message(key, to, "This address has a recruiter account", null,
				List.of("Someone, we hope you, asked to sign in to " + this.siteName
						+ " as a job seeker with this address. It belongs to a recruiter account, which "
						+ "signs in with its password, so no code was sent.",
						"To keep track of jobs as a seeker, use another address."),
				"Sign in with your password", "/login", "If it was not you, ignore this mail: nothing changed.");
	}

	MailOutbox.Mail emailChanged(String key, String oldAddress, String name, String newAddress) {
		return message(key, oldAddress, "Your account's email address changed", name,
				List.of("Your account on " + this.siteName + " now signs in with " + newAddress
						+ " instead of this address."),
				null, null, "If this was not you, reply to this mail or contact us at once.");
	}

	private MailOutbox.Mail message(String key, String to, String subject, String name, List<String> paragraphs,
			String actionLabel, String actionPath, String footnote) {
		return this.letters.letter(key, to, subject, name, paragraphs, actionLabel, actionPath, footnote);
	}

}
