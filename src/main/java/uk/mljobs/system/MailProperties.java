package uk.mljobs.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends mail ({@code mljobs.mail.*}); the SMTP server itself is
 * {@code spring.mail.*}.
 *
 * @param from the From address of every mail
 * @param batch mails sent per run of the outbox
 * @param maxAttempts sends tried before a mail is given up on
 */
@ConfigurationProperties("mljobs.mail")
public record MailProperties(@DefaultValue("MLJobs UK <hello@mljobs.uk>") String from, @DefaultValue("20") int batch,
		@DefaultValue("8") int maxAttempts) {
}
