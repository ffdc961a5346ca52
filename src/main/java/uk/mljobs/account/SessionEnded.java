package uk.mljobs.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * Where a session that was ended from elsewhere lands, and with which words: an account
 * an admin disabled is told so (the person was signed in as it, so nothing is disclosed);
 * any other ending (a new password or email address, a reset, a deletion) asks them to
 * sign in again.
 */
class SessionEnded implements SessionInformationExpiredStrategy {

	private final ObjectProvider<Accounts> accounts;

	/** Accounts are asked for late: web slices test the filter chain without JPA. */
	SessionEnded(ObjectProvider<Accounts> accounts) {
		this.accounts = accounts;
	}

	@Override
	public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
		HttpServletRequest request = event.getRequest();
		HttpServletResponse response = event.getResponse();
		// Spring Session's registry gives the principal's name (the address), a plain
		// registry the signed-in user.
		Object principal = event.getSessionInformation().getPrincipal();
		Accounts accounts = this.accounts.getIfAvailable();
		Optional<Account> account = (accounts == null) ? Optional.empty()
				: (principal instanceof SignedInUser user) ? accounts.findById(user.id())
						: (principal instanceof String email) ? accounts.findByEmail(email) : Optional.empty();
		boolean disabled = account.map((found) -> !found.enabled()).orElse(false);
		response.sendRedirect(request.getContextPath() + (disabled ? "/login?disabled" : "/login?expired"));
	}

}
