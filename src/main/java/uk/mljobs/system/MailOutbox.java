package uk.mljobs.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail outbox every feature sends through (alerts, accounts). {@link #enqueue} writes
 * a mail in the caller's transaction, so it exists exactly when what caused it was
 * committed, and its key makes a second write of the same mail a no-op. {@link #deliver}
 * sends due mails one transaction at a time, holding each row's lock while the SMTP
 * server takes it and marking it sent before the lock is let go: several instances never
 * send the same row, a crash before the mark leaves it to be sent again, and a failure is
 * retried with backoff. The one window for a repeat (the SMTP server accepted, the commit
 * did not happen) is covered by a stable Message-ID, which mail systems use to drop
 * duplicates.
 */
@Service
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final JdbcTemplate jdbc;

	private final JavaMailSender mail;

	private final MailProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	MailOutbox(JdbcTemplate jdbc, JavaMailSender mail, MailProperties properties, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * A mail to write with the caller's change: plain text and, for most, HTML too.
	 *
	 * @param dedupKey what the mail is for ("confirm:12", "verify:7"): one mail per key,
	 * ever
	 * @param unsubscribeUrl the one-click unsubscribe link of a mail about an alert
	 * @param alertId the alert the mail is about, if any
	 */
	public record Mail(String dedupKey, String recipient, String subject, String text, String html,
			String unsubscribeUrl, Long alertId) {

		/** A mail that is about no alert: an account's, say. */
		public static Mail of(String dedupKey, String recipient, String subject, String text, String html) {
			return new Mail(dedupKey, recipient, subject, text, html, null, null);
		}

	}

	/** Writes the mail unless one with its key exists; true when written. */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(Mail mail) {
		return this.jdbc.update("""
				INSERT INTO mail_outbox (dedup_key, recipient, subject, body_text, body_html, unsubscribe_url, alert_id,
				                         created_at, next_attempt_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (dedup_key) DO NOTHING""", mail.dedupKey(), mail.recipient(), mail.subject(), mail.text(),
				mail.html(), mail.unsubscribeUrl(), mail.alertId(), now(), now()) == 1;
	}

	/** Deletes every mail about these alerts, sent or not. */
	@Transactional
	public void forgetAlerts(Collection<Long> alertIds) {
		if (!alertIds.isEmpty()) {
			this.jdbc.update("DELETE FROM mail_outbox WHERE alert_id = ANY (?)",
					(Object) alertIds.toArray(Long[]::new));
		}
	}

	/** Deletes every mail to the address, sent or not, so nothing of it is left here. */
	@Transactional
	public void forgetRecipient(String email) {
		this.jdbc.update("DELETE FROM mail_outbox WHERE recipient = ?", email);
	}

	/**
	 * Deletes mails sent or given up on before {@code before}: an address is not kept
	 * after its mail has served.
	 * @return how many went
	 */
	@Transactional
	public int forgetDoneBefore(Instant before) {
		Timestamp at = Timestamp.from(before);
		return this.jdbc.update("DELETE FROM mail_outbox WHERE sent_at < ? OR failed_at < ?", at, at);
	}

	/** What was mailed to the address, for its owner's data export: no bodies. */
	@Transactional(readOnly = true)
	public List<Map<String, Object>> sentTo(String email) {
		return this.jdbc.queryForList("""
				SELECT subject, created_at, sent_at, failed_at FROM mail_outbox
				WHERE recipient = ? ORDER BY created_at""", email);
	}

	/** Sends what is due, on every instance: rows are shared out by their locks. */
	@Scheduled(cron = "${mljobs.mail.cron:*/15 * * * * *}")
	void deliverDue() {
		try {
			deliver();
		}
		catch (RuntimeException ex) {
			log.warn("Mail run failed; the next run picks up where it stopped: {}", ex.getMessage());
		}
	}

	/**
	 * Sends up to one batch of due mails, each in its own transaction.
	 * @return how many were sent
	 */
	public int deliver() {
		int sent = 0;
		for (int i = 0; i < this.properties.batch(); i++) {
			Boolean result = this.transactions.execute((status) -> deliverOne());
			if (result == null) {
				break;
			}
			if (result) {
				sent++;
			}
		}
		return sent;
	}

	/** Sends the next due mail; null when none is due, else whether it went. */
	Boolean deliverOne() {
		List<Row> due = this.jdbc.query("""
				SELECT id, dedup_key, recipient, subject, body_text, body_html, unsubscribe_url, attempts
				FROM mail_outbox
				WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?
				ORDER BY next_attempt_at, id
				LIMIT 1
				FOR UPDATE SKIP LOCKED""", (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)), now());
		if (due.isEmpty()) {
			return null;
		}
		Row row = due.get(0);
		try {
			this.mail.send(message(row));
		}
		catch (MessagingException | RuntimeException ex) {
			// Any failure to hand the mail over counts as an attempt, so one bad row is
			// retried with back-off and given up on, never retried forever.
			int attempts = row.attempts() + 1;
			boolean giveUp = attempts >= this.properties.maxAttempts();
			// 1, 2, 4 ... minutes, at most six hours apart
			Duration wait = Duration.ofMinutes(Math.min(360, 1L << Math.min(attempts - 1, 9)));
			this.jdbc.update("""
					UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, failed_at = ?, last_error = ?
					WHERE id = ?""", attempts, Timestamp.from(this.clock.instant().plus(wait)), giveUp ? now() : null,
					abbreviate(ex.getMessage()), row.id());
			log.warn("Mail {} not sent (attempt {}{}): {}", row.id(), attempts, giveUp ? ", giving up" : "",
					ex.getClass().getSimpleName());
			return false;
		}
		this.jdbc.update("UPDATE mail_outbox SET sent_at = ?, attempts = attempts + 1 WHERE id = ?", now(), row.id());
		log.info("Mail {} sent", row.id());
		return true;
	}

	private MimeMessage message(Row row) throws MessagingException {
		MimeMessage message = this.mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, row.html() != null, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(row.recipient());
		helper.setSubject(row.subject());
		if (row.html() != null) {
			helper.setText(row.text(), row.html());
		}
		else {
			helper.setText(row.text());
		}
		if (row.unsubscribeUrl() != null) {
			message.setHeader("List-Unsubscribe", "<" + row.unsubscribeUrl() + ">");
			message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		}
		// The same on every attempt (Spring's sender keeps a Message-ID that is set).
		message.setHeader("Message-ID", "<" + row.dedupKey().replaceAll("[^A-Za-z0-9.-]", ".") + "@mljobs.uk>");
		return message;
	}

	private Timestamp now() {
		return Timestamp.from(Instant.now(this.clock));
	}

	private static String abbreviate(String message) {
		String text = (message != null) ? message : "unknown error";
		return (text.length() > 500) ? text.substring(0, 500) : text;
	}

	private record Row(long id, String dedupKey, String recipient, String subject, String text, String html,
			String unsubscribeUrl, int attempts) {
	}

}
