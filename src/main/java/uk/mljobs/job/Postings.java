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

	@Query("select p from Posting p where p.recruiterId = :recruiterId order by p.life.updatedAt desc, p.id desc")
	List<Posting> findByRecruiterIdOrderByUpdatedAtDescIdDesc(@Param("recruiterId") long recruiterId);

	@Query("select p from Posting p where p.life.status = :status order by p.life.submittedAt asc, p.id asc")
	List<Posting> findByStatusOrderBySubmittedAtAscIdAsc(@Param("status") PostingStatus status);

	@Query("select p from Posting p where p.life.status = :status and p.closesOn = :closesOn")
	List<Posting> findByStatusAndClosesOn(@Param("status") PostingStatus status, @Param("closesOn") LocalDate closesOn);

	@Query("select p from Posting p where p.life.status = :status and p.closesOn < :closesOn")
	List<Posting> findByStatusAndClosesOnBefore(@Param("status") PostingStatus status,
			@Param("closesOn") LocalDate closesOn);

	boolean existsBySampleTrue();

	@Query("select p from Posting p where p.source.sourceId = :source and p.source.externalId = :external")
	Optional<Posting> findImported(@Param("source") long sourceId, @Param("external") String externalId);

	@Query("""
			select p from Posting p where p.source.sourceId = :source
			and p.life.status in (uk.mljobs.job.PostingStatus.PUBLISHED, uk.mljobs.job.PostingStatus.SUBMITTED)""")
	List<Posting> findOpenImported(@Param("source") long sourceId);

	@Query("select p from Posting p where p.source.sourceId = :source order by p.source.lastSeenAt desc, p.id desc")
	List<Posting> findImportedBySource(@Param("source") long sourceId, org.springframework.data.domain.Pageable page);

	@Query("""
			select p.source.sourceId, count(p) from Posting p where p.source.sourceId is not null
			and p.life.status in (uk.mljobs.job.PostingStatus.PUBLISHED, uk.mljobs.job.PostingStatus.SUBMITTED)
			group by p.source.sourceId""")
	List<Object[]> countOpenBySource();

	/** Ends every published posting whose closing date has passed, in one statement. */
	@Modifying
	@Query("""
			update Posting p set p.life.status = uk.mljobs.job.PostingStatus.EXPIRED, p.life.endedAt = :now,
			p.life.updatedAt = :now, p.version = p.version + 1
			where p.life.status = uk.mljobs.job.PostingStatus.PUBLISHED and p.closesOn < :today""")
	int expireClosedBefore(@Param("today") LocalDate today, @Param("now") Instant now);

	/**
	 * Other postings for a role and level that were live at some point from {@code since}
	 * to {@code until}.
	 */
	@Query("""
			select p.id, p.companyId from Posting p where p.roleId = :role and p.levelId = :level
			and p.companyId <> :company and (p.recruiterId is null or p.recruiterId <> :recruiter)
			and p.life.publishedAt is not null and p.life.publishedAt < :until
			and (p.life.endedAt is null or p.life.endedAt >= :since)""")
	List<Object[]> findOthersLiveBetween(@Param("role") long roleId, @Param("level") long levelId,
			@Param("company") long companyId, @Param("recruiter") long recruiterId, @Param("since") Instant since,
			@Param("until") Instant until);

}
