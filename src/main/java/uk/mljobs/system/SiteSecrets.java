package uk.mljobs.system;

import java.security.SecureRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Random keys kept in the database ({@code site_secret}), made the first time one is
 * asked for: 32 bytes from {@link SecureRandom}, inserted if absent, so every instance on
 * the database, and every restart, reads the same key. For whatever must be signed when
 * the operator configured no key of their own.
 */
@Component
public class SiteSecrets {

	private static final int LENGTH = 32;

	private final JdbcTemplate jdbc;

	private final SecureRandom random = new SecureRandom();

	SiteSecrets(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The key of this name, made now if the database has none yet. */
	public byte[] secret(String name) {
		byte[] fresh = new byte[LENGTH];
		this.random.nextBytes(fresh);
		// Two instances starting at once both insert; the first wins and both read it.
		this.jdbc.update("INSERT INTO site_secret (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", name,
				fresh);
		return this.jdbc.queryForObject("SELECT value FROM site_secret WHERE name = ?", byte[].class, name);
	}

}
