package uk.mljobs.job;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.stereotype.Component;

/**
 * Hears every write of a {@link Posting} entity (Hibernate builds this listener through
 * Spring) and tells the facet cache. The one bulk update that bypasses entities, expiry,
 * ends postings whose closing date has passed, which search already leaves out.
 */
@Component
class PostingChanges {

	private final FacetCache facets;

	PostingChanges(FacetCache facets) {
		this.facets = facets;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Posting posting) {
		this.facets.postingChanged();
	}

}
