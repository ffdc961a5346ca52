package uk.mljobs.system;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

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

	@Test
	void aKeyIsMadeOnceAndReadTheSameByEveryInstance() {
		String name = "test-" + UUID.randomUUID();
		byte[] first = this.secrets.secret(name);
		byte[] again = new SiteSecrets(this.jdbc).secret(name);
		assertThat(first).hasSize(32).isEqualTo(again);
		assertThat(this.secrets.secret("test-" + UUID.randomUUID())).isNotEqualTo(first);
	}

}
