package uk.mljobs.account;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;

import uk.mljobs.shared.UkTime;
import uk.mljobs.system.SiteProperties;

/**
 * Passkeys (WebAuthn) as a second factor, kept in PostgreSQL through Spring Security's
 * JDBC repositories so every instance knows them. The relying party is the site's public
 * origin ({@code mljobs.base-url}); on localhost, whatever port the server listens on is
 * allowed too, so a development server or a test on a random port works.
 */
@Component
class Passkeys {

	/** What the account page lists about a passkey; times as London dates. */
	record Passkey(String id, String label, Instant created, String added, String lastUsed) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
		.withZone(UkTime.ZONE);

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
		.withZone(UkTime.ZONE);

	private static final Logger log = LoggerFactory.getLogger(Passkeys.class);

	private final PublicKeyCredentialUserEntityRepository userEntities;

	private final UserCredentialRepository credentials;

	private final JdbcTemplate jdbc;

	/** Read by the relying party at every ceremony. */
	private final Set<String> origins = ConcurrentHashMap.newKeySet();

	private final String rpId;

	private final Webauthn4JRelyingPartyOperations relyingParty;

	Passkeys(JdbcTemplate jdbc, SiteProperties site) {
		this.jdbc = jdbc;
		this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
		this.credentials = new JdbcUserCredentialRepository(jdbc);
		URI base = URI.create(site.baseUrl());
		this.rpId = base.getHost();
		this.origins.add(base.getScheme() + "://" + base.getAuthority());
		this.relyingParty = new Webauthn4JRelyingPartyOperations(this.userEntities, this.credentials,
				PublicKeyCredentialRpEntity.builder().id(this.rpId).name(site.name()).build(), this.origins);
		// The authenticator checks who holds it (PIN, fingerprint), not only that it is
		// there.
		this.relyingParty
			.setCustomizeRequestOptions((options) -> options.userVerification(UserVerificationRequirement.REQUIRED));
	}

	WebAuthnRelyingPartyOperations relyingParty() {
		return this.relyingParty;
	}

	PublicKeyCredentialUserEntityRepository userEntities() {
		return this.userEntities;
	}

	UserCredentialRepository credentials() {
		return this.credentials;
	}

	@EventListener
	void allowLocalPort(WebServerInitializedEvent event) {
		if ("localhost".equals(this.rpId)) {
			this.origins.add("http://localhost:" + event.getWebServer().getPort());
		}
	}

	/** The account's passkeys, newest first. */
	List<Passkey> of(String email) {
		PublicKeyCredentialUserEntity entity = this.userEntities.findByUsername(email);
		if (entity == null) {
			return List.of();
		}
		return this.credentials.findByUserId(entity.getId())
			.stream()
			.map((record) -> new Passkey(record.getCredentialId().toBase64UrlString(), record.getLabel(),
					record.getCreated(), (record.getCreated() != null) ? DAY.format(record.getCreated()) : "–",
					used(record.getCreated(), record.getLastUsed())))
			.sorted(Comparator.comparing(Passkey::created, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	/**
	 * Spring Security stamps a passkey as used when it is added; only a later sign-in
	 * counts.
	 */
	private static String used(Instant created, Instant lastUsed) {
		if (lastUsed == null || (created != null && !lastUsed.isAfter(created.plusSeconds(1)))) {
			return "Not yet";
		}
		return MINUTE.format(lastUsed);
	}

	boolean any(String email) {
		return !of(email).isEmpty();
	}

	/** The account signs in with a new address: its passkeys follow it. */
	void renamed(String previous, String address) {
		this.jdbc.update("UPDATE user_entities SET name = ?, display_name = ? WHERE name = ?", address, address,
				previous);
	}

	/**
	 * The account is going: its passkeys go with it (credentials cascade). Heard before
	 * the account row is deleted, in the same transaction.
	 */
	@EventListener
	void forget(AccountDeleted deleted) {
		int removed = this.jdbc.update(
				"DELETE FROM user_entities WHERE name = (SELECT email FROM account WHERE id = ?)", deleted.accountId());
		if (removed > 0) {
			log.info("Passkeys of deleted account {} removed", deleted.accountId());
		}
	}

}
