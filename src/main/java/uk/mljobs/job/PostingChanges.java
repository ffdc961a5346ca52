package uk.mljobs.job;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import uk.mljobs.search.SearchIndexing;
import uk.mljobs.shared.PostingsChanged;

/**
 * Hears every write of a {@link Posting} entity (Hibernate builds this listener through
 * Spring) and tells the facet cache, and search, so that this instance's index has the
 * change before the request that made it answers, and publishes {@link PostingsChanged}
 * for the other figures over postings (advertised pay). The one bulk update that bypasses
 * entities, expiry, ends postings whose closing date has passed, which search already
 * leaves out (the database notes it for the indexes all the same); it calls
 * {@link #bulkChanged()}.
 */
@Component
class PostingChanges {

	/**
	 * Both found when first needed: search's engines are built after Hibernate's
	 * listeners, and a repository slice has neither.
	 */
	private final ObjectProvider<FacetCache> facets;

	private final ObjectProvider<SearchIndexing> search;

	private final ApplicationEventPublisher events;

	PostingChanges(ObjectProvider<FacetCache> facets, ObjectProvider<SearchIndexing> search,
			ApplicationEventPublisher events) {
		this.facets = facets;
		this.search = search;
		this.events = events;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Posting posting) {
		bulkChanged();
		this.events.publishEvent(new Duplicates.Touched(posting.id()));
		this.search.ifAvailable(SearchIndexing::changedInThisTransaction);
	}

	/** Postings changed without their entities (expiry's bulk update). */
	void bulkChanged() {
		this.facets.ifAvailable(FacetCache::postingChanged);
		this.events.publishEvent(new PostingsChanged());
	}

}
