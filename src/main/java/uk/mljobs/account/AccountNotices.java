package uk.mljobs.account;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyProposalApproved;
import uk.mljobs.company.CompanyProposalRejected;
import uk.mljobs.company.CompanyView;
import uk.mljobs.system.Letters;
import uk.mljobs.system.MailOutbox;

/**
 * Tells recruiters what admins decided about them, by mail through the outbox, in the
 * deciding transaction: the company they proposed was approved or not, and their account
 * was disabled (with the reason).
 */
@Component
class AccountNotices {

	private final Accounts accounts;

	private final CompanyDirectory companies;

	private final Letters letters;

	private final MailOutbox outbox;

	AccountNotices(Accounts accounts, CompanyDirectory companies, Letters letters, MailOutbox outbox) {
		this.accounts = accounts;
		this.companies = companies;
		this.letters = letters;
		this.outbox = outbox;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void onCompanyApproved(CompanyProposalApproved approved) {
		String company = this.companies.company(approved.companyId()).map(CompanyView::name).orElse("Your company");
		for (Account account : this.accounts.findByCompanyProposalId(approved.proposalId())) {
			this.outbox.enqueue(this.letters.letter("company-approved:" + approved.proposalId() + ":" + account.id(),
					account.email(), company + " is approved", account.name(),
					List.of(company + " is now listed on " + this.letters
						.siteName() + ", and you can post openings for it.", account.emailVerified()
								? "Openings you submit go to an admin for review."
								: "Confirm your email address first, with the link we mailed you, so your openings can go to review."),
					"Post an opening", "/recruiter/postings/new", null));
		}
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void onCompanyRejected(CompanyProposalRejected rejected) {
		for (Account account : this.accounts.findByCompanyProposalId(rejected.proposalId())) {
			this.outbox.enqueue(this.letters.letter("company-rejected:" + rejected.proposalId() + ":" + account
				.id(), account.email(), rejected.name() + " was not approved", account.name(), List.of(
						"An admin did not approve " + rejected.name() + " as a company on " + this.letters.siteName()
								+ ". Their reason: " + rejected.reason(),
						"If you work for a company we already list, or think this is a mistake, reply through our contact page."),
					"Contact us", "/contact", null));
		}
	}

	/** The account was disabled: the owner is told why, and how to ask again. */
	void disabled(Account account, String reason) {
		this.outbox.enqueue(this.letters.letter("account-disabled:" + account.id() + ":" + account.version(),
				account.email(), "Your account has been disabled", account.name(),
				List.of("An admin has disabled your recruiter account on " + this.letters.siteName()
						+ ": it can no longer sign in, and its live postings have closed.", "The reason: " + reason),
				"Contact us", "/contact", "If you think this is a mistake, tell us and we will look again."));
	}

}
