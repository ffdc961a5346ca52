package uk.mljobs.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.job.PostingContent.PayUnit;
import uk.mljobs.market.AdminRole;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.roleguide.ToolView;
import uk.mljobs.salary.PayBenchmark;
import uk.mljobs.salary.Salaries;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.Slugs;
import uk.mljobs.shared.UkTime;

/**
 * Lays postings out for each audience: the summary rows of lists and the whole page (with
 * its pay benchmark), and the path and pay wording every view shares.
 */
@Component
class PostingLayout {

	private final Market market;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	private final Salaries salaries;

	private final Clock clock;

	private final VerifiedEmployers verified;

	private final Duplicates duplicates;

	PostingLayout(Market market, CompanyDirectory companies, RoleGuides guides, Salaries salaries,
			VerifiedEmployers verified, Duplicates duplicates, Clock clock) {
		this.duplicates = duplicates;
		this.verified = verified;
		this.market = market;
		this.companies = companies;
		this.guides = guides;
		this.salaries = salaries;
		this.clock = clock;
	}

	private LocalDate today() {
		return UkTime.today(this.clock);
	}

	/**
	 * Whether the posting's advertiser is the employer itself
	 * ({@link VerifiedEmployers}).
	 */
	boolean verifiedEmployer(Posting posting) {
		return this.verified.verified(VerifiedEmployers.Advertiser.of(posting));
	}

	private Map<Long, ToolView> toolsById() {
		return this.guides.catalogue().stream().collect(Collectors.toMap(ToolView::id, Function.identity()));
	}

	List<PostingSummary> summaries(List<Posting> list) {
		Map<Long, TownView> towns = this.market.towns()
			.stream()
			.collect(Collectors.toMap(TownView::id, Function.identity()));
		Map<Long, RegionView> regions = this.market.regions()
			.stream()
			.collect(Collectors.toMap(RegionView::id, Function.identity()));
		Map<Long, CompanyView> companies = this.companies.companies(null, null)
			.stream()
			.collect(Collectors.toMap(CompanyView::id, Function.identity()));
		LocalDate today = today();
		// One look-up for the whole list, not per posting: a dashboard lists many.
		Set<VerifiedEmployers.Advertiser> verified = this.verified
			.among(list.stream().map(VerifiedEmployers.Advertiser::of).toList());
		List<PostingSummary> summaries = new ArrayList<>(list.size());
		for (Posting posting : list) {
			Long daysLeft = (posting.status() == PostingStatus.PUBLISHED)
					? Math.max(0, ChronoUnit.DAYS.between(today, posting.closesOn())) : null;
			CompanyView company = companies.get(posting.companyId());
			summaries.add(new PostingSummary(posting.id(), posting.title(), path(posting),
					(company != null) ? company.name() : "Unlisted company", towns.get(posting.townId()).name(),
					regions.get(posting.regionId()).name(), posting.workMode(), posting.employmentType(),
					PostingPay.of(posting.payUnit(), posting.payMin(), posting.payMax()), posting.status(),
					posting.rejectionReason(), posting.closesOn(), daysLeft, posting.sample(), posting.submittedAt(),
					posting.publishedAt(), posting.agency(),
					verified.contains(VerifiedEmployers.Advertiser.of(posting)),
					PostingSummary.openDays(posting.status(), posting.publishedAt(), today), 0, posting.ir35(),
					(company != null && company.logo() != null) ? company.logo().path() : null));
		}
		return summaries;
	}

	PostingPage page(Posting posting) {
		// Drafts too: an ended posting stays readable after its guide is unpublished.
		AdminRole guide = this.market.adminRole(posting.roleId()).orElseThrow();
		RoleView role = guide.role();
		LevelView level = this.market.levels(role.id())
			.stream()
			.filter((l) -> l.id() == posting.levelId())
			.findFirst()
			.orElseThrow();
		RegionView region = this.market.regions()
			.stream()
			.filter((r) -> r.id() == posting.regionId())
			.findFirst()
			.orElseThrow();
		TownView town = this.market.towns()
			.stream()
			.filter((t) -> t.id() == posting.townId())
			.findFirst()
			.orElseThrow();
		CompanyView company = this.companies.company(posting.companyId()).orElseThrow();
		Map<Long, ToolView> tools = toolsById();
		boolean perDay = posting.payUnit() == PayUnit.DAY;
		Optional<PayBenchmark> benchmark = perDay ? this.salaries.dayRateBenchmark(role.id(), region.id())
				: this.salaries.annualBenchmark(role.id(), level.id(), region.id(), level.title(), region.name());
		boolean accepting = posting.status() == PostingStatus.PUBLISHED && !posting.closesOn().isBefore(today());
		String applyHref = (posting.applyUrl() != null) ? posting.applyUrl() : "mailto:" + posting.applyEmail();
		return new PostingPage(posting.id(), posting.title(), slug(posting), path(posting), posting.status(),
				posting.rejectionReason(), company, role, level, region, town, posting.workMode(),
				posting.remoteResidency(), posting.employmentType(), pay(posting), perDay, posting.payMin(),
				posting.payMax(), posting.ir35(), posting.clearance(), posting.visaSponsorship(),
				posting.toolIds()
					.stream()
					.map(tools::get)
					.filter(Objects::nonNull)
					.map(ToolView::name)
					.sorted()
					.toList(),
				List.copyOf(posting.tags()), posting.descriptionHtml(), applyHref, posting.applyUrl() == null,
				posting.closesOn(), (posting.publishedAt() != null) ? UkTime.dateOf(posting.publishedAt()) : null,
				accepting, posting.sample(), posting.version(), benchmark.orElse(null),
				benchmark.map((b) -> b.position(posting.payMin(), posting.payMax())).orElse(null), posting.agency(),
				verifiedEmployer(posting), posting.notConfirmed(), guide.published(),
				(posting.source() != null) ? posting.source().lastSeenAt() : null,
				posting.source() != null && posting.source().gone(), this.duplicates.of(posting.id()));
	}

	static String slug(Posting posting) {
		return slug(posting.title());
	}

	private static String slug(String title) {
		String slug = Slugs.of(title, 80);
		// "apply" is the counting link's address (/jobs/{id}/apply), not a page.
		return (slug.isEmpty() || slug.equals("apply")) ? "job" : slug;
	}

	static String path(Posting posting) {
		return path(posting.id(), posting.title());
	}

	static String path(long id, String title) {
		return "/jobs/" + id + "/" + slug(title);
	}

	private static String pay(Posting posting) {
		return pay(posting.payUnit(), posting.payMin(), posting.payMax());
	}

	static String pay(PayUnit unit, int min, int max) {
		String range = Gbp.format(min) + "–" + Gbp.format(max);
		return (unit == PayUnit.DAY) ? range + " a day" : range + " a year";
	}

}
