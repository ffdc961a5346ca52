package uk.mljobs.job;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.market.Market;
import uk.mljobs.shared.UkTime;

/**
 * Postings read from employers' own feeds, as the importer hands them over: each is kept
 * under its source and the feed's id, so a run finds it again and creates nothing twice.
 * A feed's posting says what the feed says now, without a second review (its words are
 * the employer's); it stays open while the feed lists it, its closing date moving on with
 * each run; and when a feed read whole no longer lists it, it closes as "no longer on the
 * employer's site".
 */
@Service
@Transactional
public class ImportedPostings {

	/** How long an imported posting stays open without being seen again. */
	static final int DAYS_OPEN = 30;

	private final Postings postings;

	private final Market market;

	private final Clock clock;

	ImportedPostings(Postings postings, Market market, Clock clock) {
		this.postings = postings;
		this.market = market;
		this.clock = clock;
	}

	/** What a run did with one opening. */
	public enum Outcome {

		CREATED, UPDATED, UNCHANGED,

		/** Rejected by a moderator: left as it is. */
		HELD,

		/** Its role's guide is off the site: nothing saved or changed. */
		ROLE_OFF_SITE

	}

	/**
	 * Creates or refreshes the source's posting for {@code item}.
	 * @param direct the source publishes directly; else new postings wait for review
	 */
	public Outcome save(long sourceId, boolean direct, ImportedPosting item) {
		Instant now = this.clock.instant();
		PostingContent content = content(item, now);
		if (!this.market.holdPublishedRole(content.roleId())) {
			// Held until this transaction ends, so the guide cannot go while its posting
			// arrives (see Market#unpublishRole).
			return Outcome.ROLE_OFF_SITE;
		}
		Optional<Posting> found = this.postings.findImported(sourceId, item.externalId());
		if (found.isEmpty()) {
			Posting posting = new Posting(java.util.UUID.randomUUID(), null, false, content, now)
				.from(new PostingSource(sourceId, item.externalId(), now));
			posting.submit(now);
			if (direct) {
				posting.approve(now);
			}
			this.postings.save(posting);
			return Outcome.CREATED;
		}
		Posting posting = found.get();
		PostingLife life = posting.life();
		if (life.status() == PostingStatus.REJECTED) {
			posting.source().seen(now);
			return Outcome.HELD;
		}
		boolean changed = changed(posting, content);
		boolean wasGone = posting.source().gone();
		boolean reopened = false;
		posting.apply(content, now);
		posting.source().seen(now);
		if (life.status() == PostingStatus.DRAFT) {
			life.submit(now);
		}
		if (direct && life.status() == PostingStatus.SUBMITTED && life.publishedAt() == null) {
			life.approve(now);
		}
		if (life.status() == PostingStatus.EXPIRED
				|| (life.status() == PostingStatus.CLOSED && !life.notConfirmed() && wasGone)) {
			life.reopen(now);
			reopened = true;
		}
		return (changed || reopened) ? Outcome.UPDATED : Outcome.UNCHANGED;
	}

	/**
	 * Closes the source's open postings whose ids the feed no longer lists; a posting
	 * never published leaves the review queue instead.
	 * @return how many closed
	 */
	public int closeGone(long sourceId, Collection<String> listed) {
		Instant now = this.clock.instant();
		Set<String> still = new HashSet<>(listed);
		int closed = 0;
		for (Posting posting : this.postings.findOpenImported(sourceId)) {
			if (still.contains(posting.source().externalId())) {
				continue;
			}
			PostingLife life = posting.life();
			if (life.status() == PostingStatus.SUBMITTED && life.publishedAt() == null) {
				life.withdraw(now);
			}
			else {
				life.end(PostingStatus.CLOSED, now);
			}
			posting.source().markGone();
			closed++;
		}
		return closed;
	}

	/**
	 * A source's posting as its admin page lists it.
	 *
	 * @param path the public page, for one seekers can see; else {@code null}
	 */
	public record Summary(long id, String title, String status, String path, Instant lastSeenAt, boolean gone) {

	}

	/** The source's postings, most recently seen first, at most {@code limit}. */
	@Transactional(readOnly = true)
	public java.util.List<Summary> ofSource(long sourceId, int limit) {
		return this.postings.findImportedBySource(sourceId, org.springframework.data.domain.PageRequest.of(0, limit))
			.stream()
			.map((posting) -> new Summary(posting.id(), posting.title(), posting.status().label(),
					posting.status().isPublic() ? PostingLayout.path(posting) : null, posting.source().lastSeenAt(),
					posting.source().gone()))
			.toList();
	}

	/** Postings each source has open now (live or waiting for review), by source id. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, Long> openBySource() {
		java.util.Map<Long, Long> open = new java.util.HashMap<>();
		for (Object[] row : this.postings.countOpenBySource()) {
			open.put((Long) row[0], (Long) row[1]);
		}
		return open;
	}

	private PostingContent content(ImportedPosting item, Instant now) {
		LocalDate closes = UkTime.dateOf(now).plusDays(DAYS_OPEN);
		String text = item.descriptionText();
		return new PostingContent(item.companyId(), item.title(), item.roleId(), item.levelId(), item.regionId(),
				item.townId(), item.workMode(), item.remoteResidency(), item.employmentType(), item.payMin(),
				item.payMax(), item.ir35(), item.clearance(), item.visaSponsorship(), Set.copyOf(item.toolIds()),
				Set.of(), text, DescriptionRenderer.sanitise(item.descriptionHtml()), item.applyUrl(), null, closes);
	}

	private static boolean changed(Posting posting, PostingContent next) {
		return !Objects.equals(posting.title(), next.title()) || posting.roleId() != next.roleId()
				|| posting.levelId() != next.levelId() || posting.townId() != next.townId()
				|| posting.workMode() != next.workMode() || posting.employmentType() != next.employmentType()
				|| posting.payMin() != next.payMin() || posting.payMax() != next.payMax()
				|| posting.ir35() != next.ir35() || posting.clearance() != next.clearance()
				|| posting.visaSponsorship() != next.visaSponsorship() || !posting.toolIds().equals(next.toolIds())
				|| !Objects.equals(posting.descriptionMarkdown(), next.descriptionMarkdown())
				|| !Objects.equals(posting.applyUrl(), next.applyUrl());
	}

}
