package uk.mljobs.alert;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Under the {@code prod} profile, refuses to start with the development signing key:
 * anyone who read this repository could forge unsubscribe and manage links with it.
 */
@Component
@Profile("prod")
class AlertSecretGuard implements SmartInitializingSingleton {

	private final AlertProperties properties;

	AlertSecretGuard(AlertProperties properties) {
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (AlertProperties.DEVELOPMENT_SECRET.equals(this.properties.secret())
				|| this.properties.secret().length() < 32) {
			throw new IllegalStateException(
					"Set MLJOBS_ALERTS_SECRET to a random key of at least 32 characters under the prod profile.");
		}
	}

}
