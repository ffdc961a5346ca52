package uk.mljobs.job;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import uk.mljobs.search.SearchIndexing;

/**
 * Hears every write of a {@link Posting} entity (Hibernate builds this listener through
 * Spring) and tells the facet cache, and search, so that this instance's index has the
 * change before the request that made it answers. The one bulk update that bypasses
 * entities, expiry, ends postings whose closing date has passed, which search already
 * leaves out (the database notes it for the indexes all the same).
 */
@Component
class PostingChanges {

	private final FacetCache facets;

	/**
	 * Found when first needed: search's engines are built after Hibernate's listeners.
	 */
	private final ObjectProvider<SearchIndexing> search;

	PostingChanges(FacetCache facets, ObjectProvider<SearchIndexing> search) {
		this.facets = facets;
		this.search = search;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Posting posting) {
		this.facets.postingChanged();
		this.search.getObject().changedInThisTransaction();
	}

}
