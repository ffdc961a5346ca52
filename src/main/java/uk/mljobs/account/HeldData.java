package uk.mljobs.account;

/**
 * What one feature holds about an account, for the download on {@code /account} (UK GDPR
 * articles 15 and 20). Features that keep personal data implement it; the account package
 * collects every implementation without depending on any.
 */
public interface HeldData {

	/** The section's name in the download: "postings", "alerts". */
	String section();

	/** What is held, as JSON-ready values (maps, lists, strings, numbers, dates). */
	Object about(AccountView account);

}
