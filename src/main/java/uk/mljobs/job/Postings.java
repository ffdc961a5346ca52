package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Postings extends JpaRepository<Posting, Long> {

	Optional<Posting> findByIdempotencyKey(UUID key);

	List<Posting> findByRecruiterIdOrderByUpdatedAtDescIdDesc(long recruiterId);

	List<Posting> findByStatusOrderBySubmittedAtAscIdAsc(PostingStatus status);

	List<Posting> findByStatusAndClosesOn(PostingStatus status, LocalDate closesOn);

	List<Posting> findByStatusAndClosesOnBefore(PostingStatus status, LocalDate closesOn);

	long countByStatus(PostingStatus status);

	boolean existsBySampleTrue();

	/** Ends every published posting whose closing date has passed, in one statement. */
	@Modifying
	@Query("""
			update Posting p set p.status = uk.mljobs.job.PostingStatus.EXPIRED, p.endedAt = :now, p.updatedAt = :now,
			p.version = p.version + 1
			where p.status = uk.mljobs.job.PostingStatus.PUBLISHED and p.closesOn < :today""")
	int expireClosedBefore(@Param("today") LocalDate today, @Param("now") Instant now);

	@Modifying
	@Query("update Posting p set p.views = p.views + 1 where p.id = :id")
	void countView(@Param("id") long id);

}
