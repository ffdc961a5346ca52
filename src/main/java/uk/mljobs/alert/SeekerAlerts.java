package uk.mljobs.alert;

import java.sql.Timestamp;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.account.AccountDeleted;
import uk.mljobs.system.MailOutbox;

/**
 * A signed-in seeker's job alerts: the confirmed alerts of the address they signed in
 * with. Signing in by a code mailed to that address proves it is theirs, as confirming an
 * alert did, so nothing more is asked; an alert still waiting for its confirmation stays
 * out until it is confirmed. When the seeker deletes their account, the alerts and mails
 * of the address go with it.
 */
@Component
public class SeekerAlerts {

	private static final Logger log = LoggerFactory.getLogger(SeekerAlerts.class);

	private final JdbcTemplate jdbc;

	private final AlertMails mails;

	private final MailOutbox outbox;

	SeekerAlerts(JdbcTemplate jdbc, AlertMails mails, MailOutbox outbox) {
		this.jdbc = jdbc;
		this.mails = mails;
		this.outbox = outbox;
	}

	/** The confirmed alerts of the address, oldest first, each with its stop link. */
	public List<Alerts.Managed.Entry> of(String email) {
		return this.jdbc.query("""
				SELECT id, label, query, frequency, confirmed_at, last_sent_at FROM job_alert
				WHERE email = ? AND confirmed_at IS NOT NULL ORDER BY id""", (rs, n) -> {
			Timestamp sent = rs.getTimestamp(6);
			AlertView alert = new AlertView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), (sent != null) ? sent.toInstant() : null);
			return new Alerts.Managed.Entry(alert, this.mails.unsubscribePath(alert.id(), email));
		}, email);
	}

	@EventListener
	void onAccountDeleted(AccountDeleted deleted) {
		if (deleted.seeker()) {
			int alerts = this.jdbc.update("DELETE FROM job_alert WHERE email = ?", deleted.email());
			this.outbox.forgetRecipient(deleted.email());
			log.info("Seeker account {} deleted with {} alerts", deleted.accountId(), alerts);
		}
	}

}
