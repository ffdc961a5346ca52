package uk.mljobs.account;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.Emails;
import uk.mljobs.system.SiteProperties;

/**
 * Creates the first admin from {@code MLJOBS_ADMIN_EMAIL} and
 * {@code MLJOBS_ADMIN_PASSWORD} at start-up, once; an existing account with that email is
 * left as it is. Instances starting together take turns (an advisory lock), so only one
 * creates it.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final SiteProperties.Admin admin;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	FirstAdmin(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy, SiteProperties properties,
			Clock clock, JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.admin = properties.admin();
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.admin.isConfigured()) {
			return;
		}
		String email = Emails.normalise(this.admin.email());
		// Held until this transaction ends: another instance waits, then finds the
		// account.
		this.jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtext('mljobs first admin'))");
		if (this.accounts.existsByEmail(email)) {
			return;
		}
		this.policy.problem(this.admin.password(), email).ifPresent((problem) -> {
			throw new IllegalStateException("MLJOBS_ADMIN_PASSWORD is not acceptable: " + problem);
		});
		Account created = this.accounts.save(Account.admin(email, this.passwords.encode(this.admin.password()),
				this.admin.name(), this.clock.instant()));
		log.info("Created the first admin account ({}) from configuration", created.id());
	}

}
