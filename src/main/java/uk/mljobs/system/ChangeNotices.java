package uk.mljobs.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.mljobs.shared.ChangeForAllInstances;

/**
 * Tells the other instances on the database that something their caches hold has changed,
 * with PostgreSQL's NOTIFY on the {@value #CHANNEL} channel, once the change has
 * committed. Every {@link ChangeForAllInstances} event is announced this way; a feature
 * can also call {@link #afterCommit(String)}. Announcements from other instances arrive
 * through {@link ChangeListener} and are published here as {@link ChangedElsewhere}.
 * <p>
 * An announcement that cannot be sent (the database is away just then, or the instance
 * dies between commit and send) is lost; caches' own short lifetimes bound how long the
 * other instances show stale data in that case.
 */
@Component
public class ChangeNotices {

	private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);

	public static final String CHANNEL = "mljobs_changes";

	private final DataSource dataSource;

	private final ApplicationEventPublisher events;

	/** Tells this instance's announcements apart from the others' when they come back. */
	private final String origin = UUID.randomUUID().toString();

	ChangeNotices(DataSource dataSource, ApplicationEventPublisher events) {
		this.dataSource = dataSource;
		this.events = events;
	}

	/**
	 * Announces {@code topic} once the current transaction commits (never if it rolls
	 * back), or now when there is none. Several calls in one transaction send one notice.
	 */
	public void afterCommit(String topic) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			send(topic);
			return;
		}
		@SuppressWarnings("unchecked")
		Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
		if (pending == null) {
			Set<String> topics = new HashSet<>();
			TransactionSynchronizationManager.bindResource(this, topics);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ChangeNotices.this);
					if (status == STATUS_COMMITTED) {
						topics.forEach(ChangeNotices.this::send);
					}
				}

			});
			pending = topics;
		}
		pending.add(topic);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onChange(ChangeForAllInstances change) {
		send(change.topic());
	}

	/**
	 * On a connection of its own, not the transaction's, which is finished but may still
	 * be bound to this thread.
	 */
	private void send(String topic) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
			if (!connection.getAutoCommit()) {
				connection.setAutoCommit(true);
			}
			notify.setString(1, CHANNEL);
			notify.setString(2, topic + " " + this.origin);
			notify.execute();
		}
		catch (SQLException ex) {
			log.warn("Could not tell other instances that {} changed; their caches expire on their own: {}", topic,
					ex.getMessage());
		}
	}

	/** A notice arrived on the channel: from another instance, its caches' concern. */
	void received(String payload) {
		int space = payload.lastIndexOf(' ');
		String topic = (space > 0) ? payload.substring(0, space) : payload;
		String from = (space > 0) ? payload.substring(space + 1) : "";
		if (!this.origin.equals(from)) {
			log.debug("{} changed on another instance", topic);
			this.events.publishEvent(new ChangedElsewhere(topic));
		}
	}

	/** The listening connection was down: whatever was announced meanwhile is unknown. */
	void missedSome() {
		this.events.publishEvent(new ChangedElsewhere(ChangedElsewhere.EVERYTHING));
	}

}
