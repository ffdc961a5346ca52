/**
 * Recruiter and admin accounts: sign-up, sign-in with throttling, password changes and
 * account deletion.
 */
@OwnsTables({ "account", "account_signal", "account_token", "sign_in_code", "user_credentials", "user_entities",
		"spring_session", "spring_session_attributes" })
package uk.mljobs.account;

import uk.mljobs.shared.OwnsTables;
