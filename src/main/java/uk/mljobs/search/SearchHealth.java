package uk.mljobs.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code search} component of {@code /actuator/health}: up once the configured engine
 * serves from a current index, out of service while PostgreSQL stands in for it. It is
 * not part of readiness: the site serves every search meanwhile, only slower.
 */
@Component("search")
class SearchHealth implements HealthIndicator {

	private final Engines engines;

	SearchHealth(Engines engines) {
		this.engines = engines;
	}

	@Override
	public Health health() {
		SearchEngine engine = this.engines.configured();
		EngineStatus status = engine.status();
		Health.Builder health = engine.ready() ? Health.up() : Health.outOfService();
		health.withDetail("engine", status.engine()).withDetail("state", status.state());
		if (!engine.ready()) {
			health.withDetail("answering", Engines.POSTGRES);
		}
		if (status.documents() >= 0) {
			health.withDetail("documents", status.documents());
		}
		return health.build();
	}

}
