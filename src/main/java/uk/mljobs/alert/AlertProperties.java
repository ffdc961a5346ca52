package uk.mljobs.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for job alerts ({@code mljobs.alerts.*}).
 *
 * @param secret key for signing confirm, unsubscribe and manage links; the prod profile
 * refuses the development default
 * @param from the From address of alert mails
 * @param batch mails sent, or digests built, per run
 * @param maxAttempts sends tried before a mail is given up on
 * @param unconfirmedFor how long an alert waits for its address to confirm it
 * @param subscriptionsPerAddressPerHour alerts one client address may ask for an hour
 * @param alertsPerEmail live and waiting alerts one mailbox may have
 * @param jobsPerDigest postings listed in one mail; more are linked to
 * @param mailKeptFor how long a sent (or given-up) mail is kept, with its address, before
 * housekeeping deletes it
 */
@ConfigurationProperties("mljobs.alerts")
public record AlertProperties(@DefaultValue(DEVELOPMENT_SECRET) String secret,
		@DefaultValue("MLJobs UK <alerts@mljobs.uk>") String from, @DefaultValue("20") int batch,
		@DefaultValue("8") int maxAttempts, @DefaultValue("7d") Duration unconfirmedFor,
		@DefaultValue("10") int subscriptionsPerAddressPerHour, @DefaultValue("20") int alertsPerEmail,
		@DefaultValue("20") int jobsPerDigest, @DefaultValue("7d") Duration mailKeptFor) {

	/** Good enough on a laptop; refused under the prod profile. */
	public static final String DEVELOPMENT_SECRET = "development-only-alert-signing-key-change-me";

}
