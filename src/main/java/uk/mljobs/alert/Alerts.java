package uk.mljobs.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.alert.AlertSigner.Purpose;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.job.Ir35;
import uk.mljobs.job.JobSearch;
import uk.mljobs.job.SearchCriteria;
import uk.mljobs.job.SearchResults;
import uk.mljobs.market.Market;
import uk.mljobs.shared.Choices;
import uk.mljobs.shared.Emails;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.UkTime;
import uk.mljobs.system.MailOutbox;

/**
 * Alerts from subscription to goodbye: a search becomes an alert that waits for its
 * address to confirm it (the mail goes out through the outbox, in the same transaction);
 * a signed link confirms it, stops it, or shows every alert of the address with a way to
 * delete all we hold about it. Nothing here logs an address.
 */
@Service
@Transactional
public class Alerts {

	private static final Logger log = LoggerFactory.getLogger(Alerts.class);

	/** The parameters an alert keeps: the search, not the page or order. */
	static final List<String> SEARCH_PARAMETERS = SearchCriteria.NAMES.stream()
		.filter((name) -> !List.of("sort", "page", "asOf").contains(name))
		.toList();

	/**
	 * What a wrong or stale alert link is told: the link cannot say which alert it meant,
	 * so the page says what may have happened and where to go from there.
	 */
	static final String BROKEN_LINK = "This alert link has expired or is broken. The alert may have been stopped "
			+ "or deleted already, or the link was cut short when it was copied from the email. To see the alerts "
			+ "you have, ask for a new link on the job alerts page.";

	private final JdbcTemplate jdbc;

	private final JobSearch search;

	private final MailOutbox outbox;

	private final AlertMails mails;

	private final AlertSigner signer;

	private final AlertProperties properties;

	private final Clock clock;

	private final Market market;

	private final CompanyDirectory companies;

	Alerts(JdbcTemplate jdbc, JobSearch search, MailOutbox outbox, AlertMails mails, AlertSigner signer,
			AlertProperties properties, Clock clock, Market market, CompanyDirectory companies) {
		this.market = market;
		this.companies = companies;
		this.jdbc = jdbc;
		this.search = search;
		this.outbox = outbox;
		this.mails = mails;
		this.signer = signer;
		this.properties = properties;
		this.clock = clock;
	}

	/** A stored alert with its address, for this feature only. */
	record Stored(long id, String email, String query, String label, Frequency frequency, java.time.Instant confirmedAt,
			java.time.Instant lastSentAt) {

		AlertView view() {
			return new AlertView(this.id, this.label, this.query, this.frequency.name(), this.confirmedAt,
					this.lastSentAt);
		}

	}

	/**
	 * The search as an alert would keep it: its own parameters in a fixed order, checked
	 * as /jobs checks them (unknown values are 400s), with a label in words.
	 */
	@Transactional(readOnly = true)
	public SavedSearch savedSearch(Map<String, List<String>> parameters) {
		Map<String, List<String>> kept = new java.util.LinkedHashMap<>();
		for (String name : SEARCH_PARAMETERS) {
			List<String> values = parameters.getOrDefault(name, List.of())
				.stream()
				.filter((value) -> value != null && !value.isBlank())
				.map(String::strip)
				.distinct()
				.toList();
			if (!values.isEmpty()) {
				kept.put(name, values);
			}
		}
		SearchCriteria criteria = this.search.criteriaOf(kept).requireValid();
		StringJoiner query = new StringJoiner("&");
		criteria.parameters()
			.forEach((name, values) -> values
				.forEach((value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
		return new SavedSearch(criteria.parameters(), query.toString(), label(criteria));
	}

	/**
	 * Asks the address to confirm a new alert for the search, or records why not in
	 * {@code errors}. An address that already has this alert gets the confirmation again
	 * (at most once a day) rather than a second alert; the answer looks the same either
	 * way, so the form tells no one which addresses have alerts.
	 */
	public boolean subscribe(String rawEmail, String rawFrequency, SavedSearch search, Errors errors) {
		String email = Emails.normalise(rawEmail);
		if (email.isEmpty()) {
			errors.rejectValue("email", "required", "Enter your email address.");
		}
		else if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.rejectValue("email", "format", "Enter an email address like name@example.com.");
		}
		Frequency frequency = Choices.constant(Frequency.class, (rawFrequency != null) ? rawFrequency.strip() : null)
			.orElse(null);
		if (frequency == null) {
			errors.rejectValue("frequency", "choice", "Choose daily or weekly.");
		}
		if (errors.hasErrors()) {
			return false;
		}
		List<Long> same = this.jdbc.queryForList(
				"SELECT id FROM job_alert WHERE email = ? AND query = ? AND frequency = ?", Long.class, email,
				search.query(), frequency.name());
		long id;
		if (!same.isEmpty()) {
			id = same.get(0);
			boolean confirmed = this.jdbc.queryForObject("SELECT confirmed_at IS NOT NULL FROM job_alert WHERE id = ?",
					Boolean.class, id);
			if (confirmed) {
				return true;
			}
		}
		else {
			int held = this.jdbc.queryForObject("SELECT count(*) FROM job_alert WHERE email = ?", Integer.class, email);
			if (held >= this.properties.alertsPerEmail()) {
				// The form answers as for any alert, so it never tells anyone what an
				// address holds; the mailbox's owner learns why nothing was added.
				Long first = this.jdbc.queryForObject("SELECT min(id) FROM job_alert WHERE email = ?", Long.class,
						email);
				this.outbox.enqueue(this.mails.full(first, email, held, "full:" + first + ":" + today()));
				log.info("An alert was not added: its address has the most alerts we keep");
				return true;
			}
			id = this.jdbc.queryForObject("""
					INSERT INTO job_alert (email, query, label, frequency, created_at) VALUES (?, ?, ?, ?, ?)
					RETURNING id""", Long.class, email, search.query(), search.label(), frequency.name(), now());
			log.info("Alert {} asked for; waiting for its address to confirm", id);
		}
		this.outbox
			.enqueue(this.mails.confirmation(id, email, search.label(), frequency, "confirm:" + id + ":" + today()));
		return true;
	}

	/** The alert a signed link names, or 404 for a wrong or stale link. */
	@Transactional(readOnly = true)
	public AlertView signed(Purpose purpose, String id, String signature) {
		return stored(purpose, id, signature).view();
	}

	/** Starts the alert's digests; confirming twice is harmless. */
	public AlertView confirm(String id, String signature) {
		Stored alert = stored(Purpose.CONFIRM, id, signature);
		if (alert.confirmedAt() == null) {
			Timestamp now = now();
			this.jdbc.update("""
					UPDATE job_alert SET confirmed_at = ?, watermark = ?, next_due_at = ? WHERE id = ?""", now, now,
					Timestamp.from(now.toInstant().plus(alert.frequency().period())), alert.id());
			log.info("Alert {} confirmed", alert.id());
		}
		return signed(Purpose.CONFIRM, id, signature);
	}

	/**
	 * Stops the alert and deletes its mails, sent or not; when it was the address's last
	 * alert, every mail to the address goes too, so nothing of it is left. The link works
	 * once.
	 */
	public AlertView unsubscribe(String id, String signature) {
		Stored alert = stored(Purpose.UNSUBSCRIBE, id, signature);
		this.outbox.forgetAlerts(List.of(alert.id()));
		this.jdbc.update("DELETE FROM job_alert WHERE id = ?", alert.id());
		if (ofEmail(alert.email()).isEmpty()) {
			this.outbox.forgetRecipient(alert.email());
		}
		log.info("Alert {} stopped", alert.id());
		return alert.view();
	}

	/** Every alert of the address a signed manage link names. */
	@Transactional(readOnly = true)
	public Managed managed(String id, String signature) {
		Stored anchor = stored(Purpose.MANAGE, id, signature);
		List<Managed.Entry> entries = new ArrayList<>();
		for (Stored alert : ofEmail(anchor.email())) {
			entries.add(new Managed.Entry(alert.view(), this.mails.unsubscribePath(alert.id(), alert.email())));
		}
		return new Managed(anchor.id(), signature, entries);
	}

	/**
	 * Deletes everything held about the address a signed manage link names: its alerts
	 * and every mail to it, sent or not.
	 * @return how many alerts went
	 */
	public int forget(String id, String signature) {
		Stored anchor = stored(Purpose.MANAGE, id, signature);
		this.outbox.forgetRecipient(anchor.email());
		int alerts = this.jdbc.update("DELETE FROM job_alert WHERE email = ?", anchor.email());
		log.info("An address's data was deleted on request: {} alerts", alerts);
		return alerts;
	}

	/**
	 * Mails a manage link to the address if it has alerts (at most once a day); the
	 * answer is the same either way.
	 */
	public void sendManageLink(String rawEmail) {
		String email = Emails.normalise(rawEmail);
		List<Stored> alerts = ofEmail(email);
		if (!alerts.isEmpty()) {
			Stored first = alerts.get(0);
			this.outbox.enqueue(
					this.mails.manageLink(first.id(), email, alerts.size(), "manage:" + first.id() + ":" + today()));
		}
	}

	private List<Stored> ofEmail(String email) {
		return this.jdbc.query("""
				SELECT id, email, query, label, frequency, confirmed_at, last_sent_at FROM job_alert
				WHERE email = ? ORDER BY id""", Alerts::stored, email);
	}

	private Stored stored(Purpose purpose, String id, String signature) {
		Optional<Stored> alert = (id != null && id.matches("\\d{1,18}")) ? this.jdbc.query("""
				SELECT id, email, query, label, frequency, confirmed_at, last_sent_at FROM job_alert WHERE id = ?""",
				Alerts::stored, Long.parseLong(id))
			.stream()
			.findFirst() : Optional.empty();
		if (alert.isEmpty() || !this.signer.verify(purpose, alert.get().id(), alert.get().email(), signature)) {
			throw NotFoundException.saying(BROKEN_LINK);
		}
		return alert.get();
	}

	private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp confirmed = rs.getTimestamp(6);
		Timestamp sent = rs.getTimestamp(7);
		return new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				Frequency.valueOf(rs.getString(5)), (confirmed != null) ? confirmed.toInstant() : null,
				(sent != null) ? sent.toInstant() : null);
	}

	/** The search in words, from the labels its filters show on /jobs. */
	private String label(SearchCriteria criteria) {
		SearchResults results = this.search.search(criteria, 1, JobSearch.Channel.ALERT);
		List<String> parts = new ArrayList<>();
		if (criteria.q() != null) {
			parts.add("“" + criteria.q() + "”");
		}
		Map<String, String> labels = new java.util.HashMap<>();
		results.facets()
			.forEach((facet) -> facet.values()
				.stream()
				.filter(SearchResults.FacetValue::selected)
				.forEach((value) -> labels.put(facet.name() + "=" + value.value(), value.label())));
		// A filter that matches nothing today has no facet to name it; name it ourselves.
		criteria.parameters().forEach((name, values) -> {
			if (!List.of("q", "minPay", "sort", "page", "asOf").contains(name)) {
				parts.add(String.join(" or ",
						values.stream()
							.map((value) -> labels.computeIfAbsent(name + "=" + value, (key) -> name(name, value)))
							.toList()));
			}
		});
		if (criteria.minPay() != null) {
			parts.add("paying at least £" + String.format(Locale.UK, "%,d", criteria.minPay()));
		}
		String label = parts.isEmpty() ? "All machine learning jobs" : String.join(" · ", parts);
		return (label.length() > 300) ? label.substring(0, 299) + "…" : label;
	}

	private String name(String parameter, String slug) {
		return switch (parameter) {
			case "role" -> this.market.role(slug).map((role) -> role.title()).orElse(humane(slug));
			case "region" -> this.market.regions()
				.stream()
				.filter((region) -> region.slug().equals(slug))
				.map((region) -> region.name())
				.findFirst()
				.orElse(humane(slug));
			case "town" -> this.market.towns()
				.stream()
				.filter((town) -> town.slug().equals(slug))
				.map((town) -> town.name())
				.findFirst()
				.orElse(humane(slug));
			case "company" -> this.companies.company(slug).map((company) -> company.name()).orElse(humane(slug));
			default -> unlisted(parameter, slug);
		};
	}

	/**
	 * How a filter's value reads when nothing listed names it: a contract's status by its
	 * own label ("Outside" alone means nothing to a reader), anything else by its slug in
	 * words.
	 */
	static String unlisted(String parameter, String slug) {
		if ("ir35".equals(parameter)) {
			for (Ir35 status : Ir35.values()) {
				if (status.slug().equals(slug)) {
					return status.label();
				}
			}
		}
		return humane(slug);
	}

	private static String humane(String slug) {
		String words = slug.replace('-', ' ').replace('_', ' ').toLowerCase(Locale.UK);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private String today() {
		return UkTime.today(this.clock).toString();
	}

	/**
	 * A search as an alert keeps it.
	 *
	 * @param parameters its /jobs parameters, in a fixed order
	 * @param query the same as a query string
	 * @param label the search in words
	 */
	public record SavedSearch(Map<String, List<String>> parameters, String query, String label) {
	}

	/**
	 * The alerts of one address, as its manage page shows them.
	 *
	 * @param anchorId the alert the manage link was signed for
	 * @param signature that link's signature
	 * @param alerts each alert with its own unsubscribe link
	 */
	public record Managed(long anchorId, String signature, List<Entry> alerts) {

		public record Entry(AlertView alert, String unsubscribePath) {
		}

	}

	Duration unconfirmedFor() {
		return this.properties.unconfirmedFor();
	}

}
