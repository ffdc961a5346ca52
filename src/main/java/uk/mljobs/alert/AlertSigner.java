package uk.mljobs.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import uk.mljobs.system.SiteSecrets;

/**
 * Signs the links in alert mails (HMAC-SHA256 over what the link does, the alert and its
 * address), so that only the mailbox owner can confirm, unsubscribe or manage, and no
 * link names the address itself.
 */
@Component
class AlertSigner {

	enum Purpose {

		CONFIRM, UNSUBSCRIBE, MANAGE

	}

	private final Supplier<SecretKeySpec> key;

	/**
	 * With {@code mljobs.alerts.secret} set, links are signed with it; without, with a
	 * random key this database keeps ({@link SiteSecrets}), read on first use.
	 */
	AlertSigner(AlertProperties properties, SiteSecrets secrets) {
		String configured = properties.secret();
		this.key = (configured != null && !configured.isBlank())
				? () -> new SecretKeySpec(configured.getBytes(StandardCharsets.UTF_8), "HmacSHA256")
				: SingletonSupplier.of(() -> new SecretKeySpec(secrets.secret("alert-links"), "HmacSHA256"));
	}

	String sign(Purpose purpose, long alertId, String email) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key.get());
			byte[] digest = mac
				.doFinal((purpose.name() + ":" + alertId + ":" + email).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	boolean verify(Purpose purpose, long alertId, String email, String signature) {
		if (signature == null) {
			return false;
		}
		return MessageDigest.isEqual(sign(purpose, alertId, email).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

}
