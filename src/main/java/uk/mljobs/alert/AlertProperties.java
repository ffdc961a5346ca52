package uk.mljobs.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for job alerts ({@code mljobs.alerts.*}).
 *
 * @param secret key for signing confirm, unsubscribe and manage links (at least 32
 * characters); unset, the links are signed with a random key made once per database
 * @param batch digests built per run (the outbox's own batch is
 * {@code mljobs.mail.batch})
 * @param unconfirmedFor how long an alert waits for its address to confirm it
 * @param subscriptionsPerAddressPerHour alerts one client address may ask for an hour
 * @param alertsPerEmail live and waiting alerts one mailbox may have
 * @param jobsPerDigest postings listed in one mail; more are linked to
 * @param mailKeptFor how long a sent (or given-up) mail is kept, with its address, before
 * housekeeping deletes it
 */
@ConfigurationProperties("mljobs.alerts")
public record AlertProperties(String secret, @DefaultValue("20") int batch, @DefaultValue("7d") Duration unconfirmedFor,
		@DefaultValue("10") int subscriptionsPerAddressPerHour, @DefaultValue("20") int alertsPerEmail,
		@DefaultValue("20") int jobsPerDigest, @DefaultValue("7d") Duration mailKeptFor) {

	/**
	 * The key this repository once defaulted to: published, so anyone could forge links
	 * with it. Refused, as any key shorter than 32 characters is.
	 */
	public static final String PUBLISHED_SECRET = "development-only-alert-signing-key-change-me";

}
