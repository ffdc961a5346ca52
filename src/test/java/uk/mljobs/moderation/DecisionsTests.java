package uk.mljobs.moderation;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.mljobs.support.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The decision log's own queries, against the migrated schema. */
@RepositoryTest
class DecisionsTests {

	private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

	@Autowired
	private Decisions decisions;

	@Autowired
	private EntityManager entities;

	private long admin;

	@BeforeEach
	void admin() {
		this.admin = ((Number) this.entities.createNativeQuery("""
				INSERT INTO account (email, password_hash, name, role)
				VALUES ('decider@repository.test', 'x', 'Decider', 'ADMIN') RETURNING id""").getSingleResult())
			.longValue();
	}

	@Test
	void talliesDecisionsByActionForTheSubjectsAskedAbout() {
		decide(DecisionSubject.POSTING, 9_000_001, DecisionAction.APPROVE, NOW);
		decide(DecisionSubject.POSTING, 9_000_002, DecisionAction.REJECT, NOW);
		decide(DecisionSubject.POSTING, 9_000_002, DecisionAction.APPROVE, NOW);
		decide(DecisionSubject.POSTING, 9_000_003, DecisionAction.REJECT, NOW);
		decide(DecisionSubject.COMPANY, 9_000_001, DecisionAction.REJECT, NOW);

		assertThat(this.decisions.tally(DecisionSubject.POSTING, List.of(9_000_001L, 9_000_002L)))
			.extracting(Decisions.Tally::getAction, Decisions.Tally::getCount)
			.containsExactlyInAnyOrder(tuple(DecisionAction.APPROVE, 2L), tuple(DecisionAction.REJECT, 1L));
		assertThat(this.decisions.tally(DecisionSubject.POSTING, List.of(9_000_999L))).isEmpty();
	}

	@Test
	void findsTheSubjectsThatHadAnActionSinceAMoment() {
		decide(DecisionSubject.ACCOUNT, 9_100_001, DecisionAction.DISABLE, NOW.minusSeconds(86_400 * 40));
		decide(DecisionSubject.ACCOUNT, 9_100_002, DecisionAction.DISABLE, NOW.minusSeconds(3_600));
		decide(DecisionSubject.ACCOUNT, 9_100_002, DecisionAction.DISABLE, NOW.minusSeconds(60));
		decide(DecisionSubject.ACCOUNT, 9_100_003, DecisionAction.ENABLE, NOW.minusSeconds(60));
		decide(DecisionSubject.POSTING, 9_100_004, DecisionAction.DISABLE, NOW.minusSeconds(60));

		assertThat(this.decisions.decidedSince(DecisionSubject.ACCOUNT, DecisionAction.DISABLE,
				NOW.minusSeconds(86_400 * 30)))
			.containsExactly(9_100_002L);
	}

	private void decide(DecisionSubject subject, long id, DecisionAction action, Instant at) {
		this.decisions.save(new ModerationDecision(subject, id, "#" + id, action, "Checked by hand", this.admin, at));
	}

}
