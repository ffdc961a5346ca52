package uk.mljobs.account;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.mljobs.support.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The account repository's own queries, against the migrated schema. */
@RepositoryTest
class AccountsTests {

	@Autowired
	private Accounts accounts;

	@Autowired
	private EntityManager entities;

	@Test
	void findsTheDisabledAmongTheAccountsAskedAbout() {
		long enabled = account("still@repository.test", true);
		long disabled = account("gone@repository.test", false);
		long otherDisabled = account("elsewhere@repository.test", false);

		assertThat(this.accounts.findByIdInAndEnabledFalse(java.util.List.of(enabled, disabled)))
			.extracting(Account::id)
			.containsExactly(disabled);
		assertThat(this.accounts.findByIdInAndEnabledFalse(java.util.List.of(otherDisabled, 0L)))
			.extracting(Account::id)
			.containsExactly(otherDisabled);
	}

	private long account(String email, boolean enabled) {
		return ((Number) this.entities.createNativeQuery("""
				INSERT INTO account (email, password_hash, name, role, enabled)
				VALUES (?, 'x', 'Someone', 'ADMIN', ?) RETURNING id""")
			.setParameter(1, email)
			.setParameter(2, enabled)
			.getSingleResult()).longValue();
	}

}
