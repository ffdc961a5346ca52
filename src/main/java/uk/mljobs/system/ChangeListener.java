package uk.mljobs.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Listens for other instances' {@link ChangeNotices} on a PostgreSQL connection of its
 * own, outside the pool, on one daemon thread. When the connection drops it reconnects
 * with backoff (1 s doubling to 30 s) and, once back, tells the caches to drop
 * everything, since notices sent while it was away are gone.
 */
@Component
class ChangeListener implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);

	/** Shown in pg_stat_activity, so the connection is easy to find. */
	static final String APPLICATION_NAME = "mljobs-change-listener";

	private static final int POLL_MILLIS = 10_000;

	private static final Duration FIRST_RETRY = Duration.ofSeconds(1);

	private static final Duration LAST_RETRY = Duration.ofSeconds(30);

	private final JdbcConnectionDetails database;

	private final ChangeNotices notices;

	private volatile boolean running;

	private volatile boolean listening;

	private volatile Connection connection;

	private Thread thread;

	ChangeListener(JdbcConnectionDetails database, ChangeNotices notices) {
		this.database = database;
		this.notices = notices;
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.thread = new Thread(this::listen, "change-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		closeQuietly(this.connection);
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Whether the connection is up and listening now. */
	boolean isListening() {
		return this.listening;
	}

	private void listen() {
		Duration retry = FIRST_RETRY;
		boolean missedSome = false;
		while (this.running) {
			try (Connection connection = connect()) {
				this.connection = connection;
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + ChangeNotices.CHANNEL);
				}
				this.listening = true;
				if (missedSome) {
					log.info("Listening for other instances' changes again; caches start afresh");
					this.notices.missedSome();
				}
				retry = FIRST_RETRY;
				PGConnection notifications = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
					if (received == null || received.length == 0) {
						// Nothing for a while: make sure the connection is really there.
						try (Statement statement = connection.createStatement()) {
							statement.execute("SELECT 1");
						}
						continue;
					}
					for (PGNotification notification : received) {
						this.notices.received(notification.getParameter());
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				this.listening = false;
				if (!this.running) {
					break;
				}
				missedSome = true;
				log.warn("Lost the connection that hears other instances' changes ({}); retrying in {} s",
						ex.getMessage(), retry.toSeconds());
				try {
					Thread.sleep(retry.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					break;
				}
				retry = (retry.multipliedBy(2).compareTo(LAST_RETRY) > 0) ? LAST_RETRY : retry.multipliedBy(2);
			}
		}
		this.listening = false;
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.database.getUsername() != null) {
			properties.setProperty("user", this.database.getUsername());
		}
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		properties.setProperty("connectTimeout", "5");
		// A server that stops answering fails the read instead of hanging this thread.
		properties.setProperty("socketTimeout", "30");
		properties.setProperty("tcpKeepAlive", "true");
		return DriverManager.getConnection(this.database.getJdbcUrl(), properties);
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// Closing on the way out; nothing to do.
			}
		}
	}

}
