package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.mljobs.salary.BandView;
import uk.mljobs.salary.Salaries;
import uk.mljobs.shared.InvalidParameterException;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.Site;

/**
 * The read-only JSON API, version 1: the same search as {@code /jobs} with the same
 * parameters, one posting, and the curated salary bands. Errors are RFC 9457 problem+json
 * (see the web layer's error advice).
 */
@RestController
@Tag(name = "Jobs", description = "Search live machine learning jobs in the UK")
class JobApiController {

	static final int MAX_SIZE = 100;

	private final JobSearch search;

	private final PublicPostings postings;

	private final Salaries salaries;

	private final Site site;

	JobApiController(JobSearch search, PublicPostings postings, Salaries salaries, Site site) {
		this.search = search;
		this.postings = postings;
		this.salaries = salaries;
		this.site = site;
	}

	@GetMapping("/api/v1/jobs")
	@Operation(summary = "Search jobs",
			description = "The same search, with the same parameters, as the /jobs page. Values are slugs; "
					+ "an unknown value is a 400 problem+json naming the values that are known.")
	@Parameters({
			@Parameter(name = "q", in = ParameterIn.QUERY,
					description = "Words, web-search style: \"a phrase\", -exclude, or (at most 200 characters)"),
			@Parameter(name = "role", in = ParameterIn.QUERY, description = "Role slug, e.g. mlops-engineer"),
			@Parameter(name = "level", in = ParameterIn.QUERY, description = "Level slug, e.g. senior"),
			@Parameter(name = "region", in = ParameterIn.QUERY, description = "Region slug, e.g. london"),
			@Parameter(name = "town", in = ParameterIn.QUERY, description = "Town slug, e.g. cambridge"),
			@Parameter(name = "workMode", in = ParameterIn.QUERY,
					schema = @Schema(allowableValues = { "on-site", "hybrid", "remote" })),
			@Parameter(name = "type", in = ParameterIn.QUERY, schema = @Schema(
					allowableValues = { "permanent-full-time", "permanent-part-time", "contract", "fixed-term" })),
			@Parameter(name = "minPay", in = ParameterIn.QUERY,
					description = "Least pay in pounds: up to 5,000 a day rate, from 10,000 a yearly salary",
					schema = @Schema(type = "integer")),
			@Parameter(name = "ir35", in = ParameterIn.QUERY,
					schema = @Schema(allowableValues = { "inside", "outside", "undetermined" })),
			@Parameter(name = "clearance", in = ParameterIn.QUERY, description = "Security clearance asked for",
					schema = @Schema(allowableValues = { "none", "bpss", "sc", "ctc", "dv" })),
			@Parameter(name = "asOf", in = ParameterIn.QUERY,
					description = "Paging anchor (epoch milliseconds) from a next or previous link: later postings "
							+ "stay out, so pages neither repeat nor skip",
					schema = @Schema(type = "integer", format = "int64")),
			@Parameter(name = "after", in = ParameterIn.QUERY,
					description = "Where the previous page ended, from a next link: the page starts there "
							+ "without counting through the ones before",
					schema = @Schema(type = "string",
							pattern = "^(r[0-9a-f]{1,8}\\.\\d{1,15}|[np]\\d{1,15})\\.\\d{1,18}$")),
			@Parameter(name = "visa", in = ParameterIn.QUERY, description = "Visa sponsorship offered",
					schema = @Schema(allowableValues = { "yes", "no" })),
			@Parameter(name = "postedWithin", in = ParameterIn.QUERY, description = "Days",
					schema = @Schema(allowableValues = { "1", "3", "7", "30" })),
			@Parameter(name = "company", in = ParameterIn.QUERY, description = "Company slug, e.g. monzo"),
			@Parameter(name = "skill", in = ParameterIn.QUERY, description = "Skill or tool slug, e.g. kubernetes"),
			@Parameter(name = "agency", in = ParameterIn.QUERY,
					description = "Posted by an agency (yes) or the employer (no)",
					schema = @Schema(allowableValues = { "yes", "no" })),
			@Parameter(name = "sort", in = ParameterIn.QUERY,
					description = "Default: relevance with words, newest without",
					schema = @Schema(allowableValues = { "relevance", "newest", "pay" })),
			@Parameter(name = "page", in = ParameterIn.QUERY, description = "1 to 100",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100")),
			@Parameter(name = "size", in = ParameterIn.QUERY, description = "Items a page",
					schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20")) })
	JobsPage jobs(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) @RequestParam(defaultValue = "20") String size) {
		if (!size.matches("\\d{1,3}") || Integer.parseInt(size) < 1 || Integer.parseInt(size) > MAX_SIZE) {
			throw InvalidParameterException.outOfRange("size", 1, MAX_SIZE);
		}
		SearchResults results = this.search.search(this.search.criteriaOf(parameters).requireValid(),
				Integer.parseInt(size), JobSearch.Channel.JSON);
		SearchCriteria criteria = results.criteria();
		SearchLinks links = new SearchLinks("/api/v1/jobs", criteria.parameters(),
				(criteria.asOf() != null) ? criteria.asOf() : this.search.asOfNow());
		return new JobsPage(results.items().stream().map(this::job).toList(), results.facets(), new Paging(
				results.page(), results.pageSize(), results.total(), results.totalCapped(),
				results.totalCapped() ? SearchResults.rounded(results.estimatedTotal()) : results.total(),
				(results.page() * results.pageSize() < results.total())
						? this.site.absolute(withSize(links.next(results), size)) : null,
				(results.page() > 1) ? this.site.absolute(withSize(links.page(results.page() - 1), size)) : null));
	}

	@GetMapping("/api/v1/jobs/{id}")
	@Operation(summary = "One posting, live or ended")
	JobDetail job(@PathVariable long id) {
		PostingPage page = this.postings.page(id).orElseThrow(() -> NotFoundException.of("job", String.valueOf(id)));
		return new JobDetail(page.id(), page.title(), this.site.absolute(page.path()),
				page.status().name().toLowerCase(java.util.Locale.ROOT), page.acceptingApplications(),
				new Named(page.company().slug(), page.company().name()),
				new Named(page.role().slug(), page.role().title()),
				(page.level() != null) ? new Named(page.level().slug(), page.level().title()) : null,
				(page.region() != null) ? new Named(page.region().slug(), page.region().name()) : null,
				(page.town() != null) ? new Named(page.town().slug(), page.town().name()) : null,
				page.workMode().slug(), page.remoteResidency(), page.employmentType().slug(),
				new Pay(page.perDay() ? "day" : "year", page.payMin(), page.payMax(), page.pay()),
				(page.ir35() != null) ? page.ir35().slug() : null,
				(page.clearance() != null) ? page.clearance().slug() : null, page.visaSponsorship(), page.tools(),
				page.descriptionHtml(), page.applyHref(), page.postedOn(), page.closesOn(), page.sample(),
				page.verifiedEmployer(), page.agency());
	}

	@GetMapping("/api/v1/salary-bands")
	@Operation(summary = "Curated salary bands by role, level and region (GBP a year)")
	List<BandView> salaryBands() {
		return this.salaries.bands();
	}

	private Job job(PostingSummary summary) {
		return new Job(summary.id(), summary.title(), this.site.absolute(summary.path()), summary.companyName(),
				summary.townName(), summary.regionName(), summary.workMode().slug(), summary.employmentType().slug(),
				summary.pay(), summary.publishedAt(), summary.closesOn(), summary.sample(), summary.verifiedEmployer(),
				summary.agency());
	}

	private static String withSize(String link, String size) {
		return "20".equals(size) ? link : link + (link.contains("?") ? "&" : "?") + "size=" + size;
	}

	record JobsPage(List<Job> items, List<SearchResults.Facet> facets, Paging paging) {
	}

	/**
	 * One result line.
	 *
	 * @param verifiedEmployer posted directly by someone whose confirmed address is on
	 * the company's email domain
	 * @param agency posted by a recruitment agency for its client
	 */
	record Job(long id, String title, String url, String company, String town, String region, String workMode,
			String type, String pay, Instant postedAt, LocalDate closesOn, boolean sample, boolean verifiedEmployer,
			boolean agency) {
	}

	/**
	 * One posting as the API gives it: what its public page shows, nothing of its
	 * moderation or bookkeeping.
	 *
	 * @param status {@code published}, {@code closed}, {@code filled} or {@code expired}
	 * @param ir35 for contracts; {@code null} otherwise
	 * @param descriptionHtml the description as sanitised HTML
	 * @param applyUrl where to apply: the employer's page, or a {@code mailto:} address
	 * @param verifiedEmployer posted directly by someone whose confirmed address is on
	 * the company's email domain
	 * @param agency posted by a recruitment agency for its client
	 */
	record JobDetail(long id, String title, String url, String status, boolean acceptingApplications, Named company,
			Named role, Named level, Named region, Named town, String workMode, String remoteResidency, String type,
			Pay pay, String ir35, String clearance, boolean visaSponsorship, List<String> skills,
			String descriptionHtml, String applyUrl, LocalDate postedOn, LocalDate closesOn, boolean sample,
			boolean verifiedEmployer, boolean agency) {
	}

	/** A reference by slug, with its name for display. */
	record Named(String slug, String name) {
	}

	/**
	 * @param unit {@code year} (salary) or {@code day} (contract day rate)
	 * @param display as the site shows it
	 */
	record Pay(String unit, int minGbp, int maxGbp, String display) {
	}

	/**
	 * @param total matches, exact up to 1,000
	 * @param totalCapped whether there are more than {@code total}
	 * @param estimatedTotal all the matches: {@code total} when exact, else PostgreSQL's
	 * estimate to two significant figures (facet counts are then estimates too)
	 */
	record Paging(int page, int size, long total, boolean totalCapped, long estimatedTotal, String next,
			String previous) {
	}

}
