package uk.mljobs.job;

import java.util.Collection;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a posting's search columns (text vector, skills, in V12) in step with its
 * content. Runs inside the transaction that changed the posting, after Hibernate has
 * flushed it.
 */
@Component
class SearchIndex {

	private final JdbcTemplate jdbc;

	SearchIndex(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(Collection<Long> postingIds) {
		if (postingIds.isEmpty()) {
			return;
		}
		this.jdbc.query("SELECT refresh_posting_search(?::bigint[])", (rs) -> {
		}, (Object) postingIds.toArray(Long[]::new));
	}

}
