package uk.mljobs.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import uk.mljobs.shared.DisplayNamed;

/**
 * The principal of a signed-in session. Holds only what does not change under it (id,
 * email, role); anything else is read fresh from {@link AccountService}. Equal by id, so
 * the session registry finds all of one person's sessions.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, DisplayNamed {

	/** Sessions are kept in PostgreSQL across restarts and releases. */
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String name;

	private final AccountRole role;

	private final boolean enabled;

	private final boolean twoFactor;

	private String passwordHash;

	SignedInUser(long id, String email, String name, AccountRole role, boolean enabled, boolean twoFactor,
			String passwordHash) {
		this.id = id;
		this.email = email;
		this.name = name;
		this.role = role;
		this.enabled = enabled;
		this.twoFactor = twoFactor;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return this.id;
	}

	public AccountRole role() {
		return this.role;
	}

	public boolean isAdmin() {
		return this.role == AccountRole.ADMIN;
	}

	/**
	 * Whether this person's pages need a second factor: always for admins, for a
	 * recruiter who asked for it.
	 */
	public boolean needsTwoFactors() {
		return isAdmin() || this.twoFactor;
	}

	@Override
	public String displayName() {
		return this.name;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return "SignedInUser[id=" + this.id + ", role=" + this.role + "]";
	}

}
