package uk.mljobs.account;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * Spring Security's passkey sign-in, except that the principal stays our
 * {@link SignedInUser} (the stock provider makes it the WebAuthn user entity) and a
 * disabled account is refused (the stock provider does not look).
 */
final class PasskeyAuthenticationProvider implements AuthenticationProvider {

	private final WebAuthnRelyingPartyOperations relyingParty;

	private final UserDetailsService users;

	private final AccountStatusUserDetailsChecker status = new AccountStatusUserDetailsChecker();

	PasskeyAuthenticationProvider(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users) {
		this.relyingParty = relyingParty;
		this.users = users;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
		PublicKeyCredentialUserEntity entity;
		UserDetails user;
		try {
			entity = this.relyingParty.authenticate(request.getWebAuthnRequest());
			user = this.users.loadUserByUsername(entity.getName());
		}
		catch (RuntimeException ex) {
			throw new BadCredentialsException("The passkey was not accepted", ex);
		}
		this.status.check(user);
		Set<GrantedAuthority> authorities = new HashSet<>(user.getAuthorities());
		authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	@Override
	public boolean supports(Class<?> type) {
		return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(type);
	}

}
