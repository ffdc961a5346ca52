package uk.mljobs.account;

import java.util.function.Supplier;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationProvider;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The rules for a second factor. Two factors means the password and then either a code
 * mailed to the account or one of its passkeys. Admins need them on every admin page and
 * actuator endpoint; a recruiter who asked for them needs them on their own pages. The
 * role is checked first, so a recruiter at an admin page gets a plain 403, not a request
 * for a code.
 */
final class SecondFactors {

	/** Where a missing factor sends people: a mailed code or a passkey. */
	static final String PAGE = "/login/second-factor";

	/** Where the code is asked for (Spring Security's one-time-token filter). */
	static final String SEND_CODE = PAGE + "/code";

	/** Where the code is sent (Spring Security's one-time-token filter). */
	static final String CHECK_CODE = "/login/code";

	private static final AuthorizationManager<RequestAuthorizationContext> TWO_FACTORS = AllRequiredFactorsAuthorizationManager
		.anyOf(AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
			.requireFactor((factor) -> factor.passwordAuthority())
			.requireFactor((factor) -> factor.ottAuthority())
			.build(),
				AllRequiredFactorsAuthorizationManager.<RequestAuthorizationContext>builder()
					.requireFactor((factor) -> factor.passwordAuthority())
					.requireFactor((factor) -> factor.webauthnAuthority())
					.build());

	private SecondFactors() {
	}

	/** Admins, with two factors. */
	static AuthorizationManager<RequestAuthorizationContext> admin() {
		return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole(AccountRole.ADMIN.name()),
				TWO_FACTORS);
	}

	/** The role, with two factors when the person needs them. */
	static AuthorizationManager<RequestAuthorizationContext> role(AccountRole role) {
		return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole(role.name()), whenNeeded());
	}

	/**
	 * Recruiters and admins, with two factors when the person needs them: the account
	 * pages are about passwords and employers, which seekers do not have.
	 */
	static AuthorizationManager<RequestAuthorizationContext> staff() {
		return AuthorizationManagers.allOf(
				AuthorityAuthorizationManager.hasAnyRole(AccountRole.RECRUITER.name(), AccountRole.ADMIN.name()),
				whenNeeded());
	}

	/** Anyone signed in who has also given a second factor in this session. */
	static AuthorizationManager<RequestAuthorizationContext> signedInWithTwoFactors() {
		return AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(), TWO_FACTORS);
	}

	/** Who may add a passkey: two factors given, or a seeker (who has no password). */
	static AuthorizationManager<RequestAuthorizationContext> passkeyOwner() {
		AuthorizationManager<RequestAuthorizationContext> twoFactors = signedInWithTwoFactors();
		return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
			Authentication who = authentication.get();
			if (who != null && who.getPrincipal() instanceof SignedInUser user && user.role() == AccountRole.SEEKER) {
				return new AuthorizationDecision(true);
			}
			// Otherwise the decision that sends a missing factor to the factor page.
			return twoFactors.authorize(authentication, context);
		};
	}

	/** Whether this session has had a second factor. */
	static boolean given(Authentication authentication) {
		return TWO_FACTORS.authorize(() -> authentication, null).isGranted();
	}

	private static AuthorizationManager<RequestAuthorizationContext> whenNeeded() {
		return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
			Authentication who = authentication.get();
			if (who != null && who.getPrincipal() instanceof SignedInUser user && user.needsTwoFactors()) {
				return TWO_FACTORS.authorize(authentication, context);
			}
			return new AuthorizationDecision(true);
		};
	}

	/**
	 * Spring Security's code sign-in, refusing a disabled account (the stock provider
	 * does not look).
	 */
	static AuthenticationProvider codeProvider(OneTimeTokenService codes, UserDetailsService users) {
		OneTimeTokenAuthenticationProvider delegate = new OneTimeTokenAuthenticationProvider(codes, users);
		AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				Authentication result = delegate.authenticate(authentication);
				status.check((UserDetails) result.getPrincipal());
				return result;
			}

			@Override
			public boolean supports(Class<?> type) {
				return delegate.supports(type);
			}

		};
	}

}
