/**
 * Accounts: recruiters and admins (sign-up, sign-in with throttling, password changes and
 * account deletion), and job seekers, who sign in with a mailed link or code.
 */
@OwnsTables({ "account", "account_signal", "account_token", "seeker_sign_in", "sign_in_code", "user_credentials",
		"user_entities", "spring_session", "spring_session_attributes" })
package uk.mljobs.account;

import uk.mljobs.shared.OwnsTables;
