package uk.mljobs.moderation;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface Decisions extends JpaRepository<ModerationDecision, Long> {

	List<ModerationDecision> findAllByOrderByDecidedAtDescIdDesc(Pageable page);

	List<ModerationDecision> findBySubjectAndSubjectIdOrderByDecidedAtDescIdDesc(DecisionSubject subject,
			long subjectId);

}
