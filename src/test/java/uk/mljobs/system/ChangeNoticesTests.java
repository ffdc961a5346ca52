package uk.mljobs.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Changes reach the caches of every instance on the database: this one announces what it
 * commits, and empties its caches when another instance (here, a raw NOTIFY on the
 * database) announces a change; a dropped listening connection comes back by itself.
 */
@IntegrationTest
@TestPropertySource(properties = "mljobs.page-cache=60s")
class ChangeNoticesTests {

	private static final Duration PATIENCE = Duration.ofSeconds(10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactions;

	@Autowired
	private JdbcConnectionDetails database;

	@Autowired
	private ChangeListener listener;

	@Test
	void anotherInstancesBandChangeEmptiesThisInstancesPageCache() throws Exception {
		awaitListening();
		keep("/salaries");
		notifyAsAnotherInstance("postings");
		Thread.sleep(500);
		assertThat(pageCache("/salaries")).as("a change of another topic leaves pages alone").isEqualTo("hit");

		notifyAsAnotherInstance("salary-bands");
		await(() -> "miss".equals(pageCache("/salaries")));
	}

	@Test
	void changesCommittedHereAreAnnouncedOnceCommittedAndNeverWhenRolledBack() throws Exception {
		try (Connection other = connect()) {
			listen(other);
			TransactionTemplate transaction = new TransactionTemplate(this.transactions);
			transaction.executeWithoutResult((status) -> {
				this.events.publishEvent(new CuratedContentChanged("test rolled back"));
				status.setRollbackOnly();
			});
			transaction.executeWithoutResult((status) -> {
				this.events.publishEvent(new CuratedContentChanged("test committed"));
				// Nothing is announced before the commit.
				assertThat(received(other, Duration.ofMillis(300))).isEmpty();
			});
			List<String> notices = received(other, Duration.ofSeconds(3));
			assertThat(notices).hasSize(1);
			assertThat(notices.get(0)).startsWith(CuratedContentChanged.TOPIC + " ");
		}
	}

	@Test
	void aDroppedListeningConnectionComesBackAndStartsTheCachesAfresh() throws Exception {
		awaitListening();
		keep("/companies");
		int killed = this.jdbc.queryForObject(
				"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
						+ "WHERE application_name = ? AND datname = current_database()",
				Integer.class, ChangeListener.APPLICATION_NAME);
		assertThat(killed).isPositive();
		await(() -> !this.listener.isListening());
		// Back within the first retry; notices sent while it was away are unknown, so
		// everything goes.
		awaitListening();
		await(() -> "miss".equals(pageCache("/companies")));

		keep("/companies");
		notifyAsAnotherInstance("curated-content");
		await(() -> "miss".equals(pageCache("/companies")));
	}

	private void keep(String page) throws Exception {
		pageCache(page);
		await(() -> "hit".equals(pageCache(page)));
	}

	private String pageCache(String page) {
		try {
			return this.mvc.perform(get(page)).andReturn().getResponse().getHeader("X-Page-Cache");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void notifyAsAnotherInstance(String topic) {
		this.jdbc.queryForObject("SELECT pg_notify(?, ?)", String.class, ChangeNotices.CHANNEL,
				topic + " another-instance");
	}

	/** Longer than the listener's longest retry, should the server have been full. */
	private void awaitListening() throws InterruptedException {
		assertThat(Eventually.within(this.listener::isListening, Duration.ofSeconds(45))).as("listening within 45 s")
			.isTrue();
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		assertThat(Eventually.within(condition, PATIENCE)).as("waited %s", PATIENCE).isTrue();
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(this.database.getJdbcUrl(), this.database.getUsername(),
				this.database.getPassword());
	}

	private static void listen(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + ChangeNotices.CHANNEL);
		}
	}

	private static List<String> received(Connection connection, Duration wait) {
		try {
			List<String> payloads = new ArrayList<>();
			PGNotification[] notifications = connection.unwrap(PGConnection.class)
				.getNotifications((int) wait.toMillis());
			if (notifications != null) {
				for (PGNotification notification : notifications) {
					payloads.add(notification.getParameter());
				}
			}
			return payloads;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
