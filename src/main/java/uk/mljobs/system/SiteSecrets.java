package uk.mljobs.system;

import java.security.SecureRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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

	private final TransactionTemplate ownTransaction;

	SiteSecrets(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The key of this name, made now if the database has none yet: in a transaction of
	 * its own, so a caller's read-only transaction (a page that signs a link) can ask.
	 */
	public byte[] secret(String name) {
		return this.ownTransaction.execute((status) -> {
			byte[] fresh = new byte[LENGTH];
			this.random.nextBytes(fresh);
			// Two instances starting at once both insert; the first wins and both read
			// it.
			this.jdbc.update("INSERT INTO site_secret (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING", name,
					fresh);
			return this.jdbc.queryForObject("SELECT value FROM site_secret WHERE name = ?", byte[].class, name);
		});
	}

}
