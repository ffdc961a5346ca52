package uk.mljobs.account;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import uk.mljobs.system.SiteProperties;

/**
 * Under the {@code prod} profile, refuses to start while demo mode is on or any demo
 * account can still sign in: their password is published in the README.
 */
@Component
@Profile("prod")
class ProductionGuard implements SmartInitializingSingleton {

	private final Accounts accounts;

	private final SiteProperties properties;

	ProductionGuard(Accounts accounts, SiteProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.properties.demo().enabled()) {
			throw new IllegalStateException(
					"Demo mode is on under the prod profile. Set MLJOBS_DEMO_ENABLED=false (the prod default).");
		}
		if (this.accounts.existsByDemoTrueAndEnabledTrue()) {
			throw new IllegalStateException("Demo accounts can still sign in under the prod profile. "
					+ "Delete them: DELETE FROM account WHERE demo;");
		}
	}

}
