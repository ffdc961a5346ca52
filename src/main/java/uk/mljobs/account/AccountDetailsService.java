package uk.mljobs.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.Emails;

/**
 * Loads an account for Spring Security by its normalised email.
 */
@Service
@Transactional(readOnly = true)
class AccountDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return this.accounts.findByEmail(Emails.normalise(email))
			.map((account) -> new SignedInUser(account.id(), account.email(), account.name(), account.role(),
					account.enabled(), account.twoFactor(), account.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

}
