package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.mljobs.job.PostingContent.PayUnit;

/**
 * A job posting: who posted it, what it says, and its life ({@link PostingLife}, whose
 * steps check the state they start from).
 */
@Entity
@Table(name = "posting")
@EntityListeners(PostingChanges.class)
class Posting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private UUID idempotencyKey;

	private Long recruiterId;

	private long companyId;

	private String title;

	private long roleId;

	private long levelId;

	private long regionId;

	private long townId;

	@Enumerated(EnumType.STRING)
	private WorkMode workMode;

	private String remoteResidency;

	@Enumerated(EnumType.STRING)
	private EmploymentType employmentType;

	@Enumerated(EnumType.STRING)
	private PayUnit payUnit;

	@Column(name = "pay_min_gbp")
	private int payMin;

	@Column(name = "pay_max_gbp")
	private int payMax;

	@Enumerated(EnumType.STRING)
	private Ir35 ir35;

	@Enumerated(EnumType.STRING)
	private Clearance clearance;

	private boolean visaSponsorship;

	@Column(name = "description_md")
	private String descriptionMarkdown;

	private String descriptionHtml;

	private String applyUrl;

	private String applyEmail;

	private LocalDate closesOn;

	@Embedded
	private PostingLife life;

	private boolean sample;

	/**
	 * Posted by a recruitment agency rather than the employer; seekers can filter on it.
	 */
	private boolean agency;

	/** The employer's feed it was read from, for an imported posting; else null. */
	@Embedded
	private PostingSource source;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "posting_tool", joinColumns = @JoinColumn(name = "posting_id"))
	@Column(name = "tool_id")
	private Set<Long> toolIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "posting_tag", joinColumns = @JoinColumn(name = "posting_id"))
	@Column(name = "tag")
	private Set<String> tags = new LinkedHashSet<>();

	protected Posting() {
	}

	Posting(UUID idempotencyKey, Long recruiterId, boolean agency, PostingContent content, Instant now) {
		this.idempotencyKey = idempotencyKey;
		this.recruiterId = recruiterId;
		this.agency = agency;
		this.life = PostingLife.begun(now);
		apply(content, now);
	}

	Posting markSample() {
		this.sample = true;
		return this;
	}

	/**
	 * Replaces the content. A published posting whose title, pay, location or description
	 * changes goes back to review; returns whether it did.
	 */
	boolean edit(PostingContent content, Instant now) {
		this.life.requireOneOf("edit", PostingStatus.DRAFT, PostingStatus.SUBMITTED, PostingStatus.PUBLISHED,
				PostingStatus.REJECTED);
		boolean reviewed = this.life.status() == PostingStatus.PUBLISHED && needsReview(content);
		apply(content, now);
		if (reviewed) {
			this.life.backToReview(now);
		}
		return reviewed;
	}

	void submit(Instant now) {
		this.life.submit(now);
	}

	void approve(Instant now) {
		this.life.approve(now);
	}

	void reject(String reason, Instant now) {
		this.life.reject(reason, now);
	}

	/** See {@link PostingLife#withdraw}. */
	void withdraw(Instant now) {
		this.life.withdraw(now);
	}

	/** The recruiter ends it early: closed, or filled. */
	void end(PostingStatus outcome, Instant now) {
		this.life.end(outcome, now);
	}

	/** Only a posting no seeker has seen can be deleted outright. */
	boolean deletable() {
		return this.life.deletable();
	}

	void expire(Instant now) {
		this.life.expire(now);
	}

	void holdForReview(Instant now) {
		this.life.holdForReview(now);
	}

	void closeUnconfirmed(Instant now) {
		this.life.closeUnconfirmed(now);
	}

	boolean notConfirmed() {
		return this.life.notConfirmed();
	}

	PostingLife life() {
		return this.life;
	}

	PostingSource source() {
		return this.source;
	}

	Posting from(PostingSource source) {
		this.source = source;
		return this;
	}

	/** An expired posting runs again, unchanged, until the new closing date. */
	void repost(LocalDate closesOn, Instant now) {
		this.life.repost(now);
		this.closesOn = closesOn;
	}

	private boolean needsReview(PostingContent next) {
		return !Objects.equals(this.title, next.title()) || this.payMin != next.payMin() || this.payMax != next.payMax()
				|| this.payUnit != next.payUnit() || this.townId != next.townId() || this.regionId != next.regionId()
				|| this.workMode != next.workMode() || !Objects.equals(this.remoteResidency, next.remoteResidency())
				|| !Objects.equals(this.descriptionMarkdown, next.descriptionMarkdown());
	}

	/**
	 * Replaces the content as it stands, with no review: see {@link ImportedPostings}.
	 */
	void apply(PostingContent content, Instant now) {
		this.companyId = content.companyId();
		this.title = content.title();
		this.roleId = content.roleId();
		this.levelId = content.levelId();
		this.regionId = content.regionId();
		this.townId = content.townId();
		this.workMode = content.workMode();
		this.remoteResidency = content.remoteResidency();
		this.employmentType = content.employmentType();
		this.payUnit = content.payUnit();
		this.payMin = content.payMin();
		this.payMax = content.payMax();
		this.ir35 = content.ir35();
		this.clearance = content.clearance();
		this.visaSponsorship = content.visaSponsorship();
		this.toolIds.clear();
		this.toolIds.addAll(content.toolIds());
		this.tags.clear();
		this.tags.addAll(content.tags());
		this.descriptionMarkdown = content.descriptionMarkdown();
		this.descriptionHtml = content.descriptionHtml();
		this.applyUrl = content.applyUrl();
		this.applyEmail = content.applyEmail();
		this.closesOn = content.closesOn();
		this.life.touch(now);
	}

	long id() {
		return this.id;
	}

	UUID idempotencyKey() {
		return this.idempotencyKey;
	}

	Long recruiterId() {
		return this.recruiterId;
	}

	long companyId() {
		return this.companyId;
	}

	String title() {
		return this.title;
	}

	long roleId() {
		return this.roleId;
	}

	long levelId() {
		return this.levelId;
	}

	long regionId() {
		return this.regionId;
	}

	long townId() {
		return this.townId;
	}

	WorkMode workMode() {
		return this.workMode;
	}

	String remoteResidency() {
		return this.remoteResidency;
	}

	EmploymentType employmentType() {
		return this.employmentType;
	}

	PayUnit payUnit() {
		return this.payUnit;
	}

	int payMin() {
		return this.payMin;
	}

	int payMax() {
		return this.payMax;
	}

	Ir35 ir35() {
		return this.ir35;
	}

	Clearance clearance() {
		return this.clearance;
	}

	boolean visaSponsorship() {
		return this.visaSponsorship;
	}

	String descriptionMarkdown() {
		return this.descriptionMarkdown;
	}

	String descriptionHtml() {
		return this.descriptionHtml;
	}

	String applyUrl() {
		return this.applyUrl;
	}

	String applyEmail() {
		return this.applyEmail;
	}

	LocalDate closesOn() {
		return this.closesOn;
	}

	PostingStatus status() {
		return this.life.status();
	}

	String rejectionReason() {
		return this.life.rejectionReason();
	}

	boolean sample() {
		return this.sample;
	}

	boolean agency() {
		return this.agency;
	}

	Instant createdAt() {
		return this.life.createdAt();
	}

	Instant submittedAt() {
		return this.life.submittedAt();
	}

	Instant publishedAt() {
		return this.life.publishedAt();
	}

	int version() {
		return this.version;
	}

	Set<Long> toolIds() {
		return this.toolIds;
	}

	Set<String> tags() {
		return this.tags;
	}

}
