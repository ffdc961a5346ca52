package uk.mljobs.system;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keys an install makes for itself: random, one per database, the same for every instance
 * and after every restart.
 */
@IntegrationTest
class SiteSecretsTests {

	@Autowired
	private SiteSecrets secrets;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void aPageInAReadOnlyTransactionCanMakeTheKey() {
		// The first alert link signed after a restart was on a read-only page: a 500.
		TransactionTemplate readOnly = new TransactionTemplate(this.transactions);
		readOnly.setReadOnly(true);
		byte[] key = readOnly.execute((status) -> this.secrets.secret("test-" + UUID.randomUUID()));
		assertThat(key).hasSize(32);
	}

	@Test
	void aKeyIsMadeOnceAndReadTheSameByEveryInstance() {
		String name = "test-" + UUID.randomUUID();
		byte[] first = this.secrets.secret(name);
		byte[] again = new SiteSecrets(this.jdbc, this.transactions).secret(name);
		assertThat(first).hasSize(32).isEqualTo(again);
		assertThat(this.secrets.secret("test-" + UUID.randomUUID())).isNotEqualTo(first);
	}

}
