package uk.mljobs.job;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.market.Market;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.system.ChangedElsewhere;

/**
 * Hands out the search {@link Vocabulary}, rebuilt at most every {@link #FRESH_FOR}:
 * reading six reference tables for every search cost more than the search itself. A new
 * company, town or role is seen at once on this instance (the admin's change evicts it),
 * on the others when the change's announcement reaches them, and within
 * {@link #FRESH_FOR} even if it never does.
 */
@Component
class Vocabularies {

	static final Duration FRESH_FOR = Duration.ofSeconds(30);

	private final LoadingCache<Boolean, Vocabulary> current;

	Vocabularies(Market market, CompanyDirectory companies, RoleGuides guides) {
		this.current = Caffeine.newBuilder()
			.maximumSize(1)
			.expireAfterWrite(FRESH_FOR)
			.build((key) -> Vocabulary.of(market.roles(), market.allLevels(), market.regions(), market.towns(),
					companies.companies(null, null), guides.catalogue()));
	}

	Vocabulary current() {
		return this.current.get(Boolean.TRUE);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onCuratedContentChanged(CuratedContentChanged changed) {
		this.current.invalidateAll();
	}

	@EventListener
	void onChangedElsewhere(ChangedElsewhere changed) {
		if (changed.concerns(CuratedContentChanged.TOPIC)) {
			this.current.invalidateAll();
		}
	}

}
