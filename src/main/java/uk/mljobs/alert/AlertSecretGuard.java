package uk.mljobs.alert;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with a configured signing key anyone could know: the key this
 * repository once published, or one shorter than 32 characters. Without a configured key
 * the links are signed with a random one the database keeps, which is fine everywhere.
 */
@Component
class AlertSecretGuard implements SmartInitializingSingleton {

	private final AlertProperties properties;

	AlertSecretGuard(AlertProperties properties) {
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		String secret = this.properties.secret();
		if (secret != null && !secret.isBlank()
				&& (AlertProperties.PUBLISHED_SECRET.equals(secret) || secret.length() < 32)) {
			throw new IllegalStateException("MLJOBS_ALERTS_SECRET must be a random key of at least 32 characters, "
					+ "or unset (the database then keeps a random key of its own).");
		}
	}

}
