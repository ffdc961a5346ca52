package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
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

	static final String JOBS = "/api/v1/jobs";

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

	@GetMapping(path = JOBS, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Search jobs",
			description = "The same search, with the same parameters, as the /jobs page. Values are slugs; "
					+ "an unknown value is a 400 problem+json naming the values that are known.")
	@ApiResponse(responseCode = "200",
			description = "A page of live jobs, with each filter's counts and links to the pages beside it")
	@ApiResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
	@ApiResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
	// The parameters are described in ApiDocumentation, from the enums the search reads.
	JobsPage jobs(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			@Parameter(hidden = true) @RequestParam(defaultValue = "20") String size) {
		if (!size.matches("\\d{1,3}") || Integer.parseInt(size) < 1 || Integer.parseInt(size) > MAX_SIZE) {
			throw InvalidParameterException.outOfRange("size", 1, MAX_SIZE);
		}
		SearchResults results = this.search.search(this.search.criteriaOf(parameters).requireValid(),
				Integer.parseInt(size), JobSearch.Channel.JSON);
		SearchCriteria criteria = results.criteria();
		SearchLinks links = new SearchLinks(JOBS, criteria.parameters(),
				(criteria.asOf() != null) ? criteria.asOf() : this.search.asOfNow());
		return new JobsPage(results.items().stream().map(this::job).toList(), results.facets(), new Paging(
				results.page(), results.pageSize(), results.total(), results.totalCapped(),
				results.totalCapped() ? SearchResults.rounded(results.estimatedTotal()) : results.total(),
				(results.page() * results.pageSize() < results.total())
						? this.site.absolute(withSize(links.next(results), size)) : null,
				(results.page() > 1) ? this.site.absolute(withSize(links.page(results.page() - 1), size)) : null));
	}

	@GetMapping(path = JOBS + "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "One posting, live or ended")
	@ApiResponse(responseCode = "200", description = "The posting, as its page shows it")
	@ApiResponse(responseCode = "400", ref = ApiDocumentation.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ApiDocumentation.NOT_FOUND)
	@ApiResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
	JobDetail job(@Parameter(description = "The posting's id, as search items give it",
			example = "1042") @PathVariable long id) {
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
				MoneyRange.of(new PostingPay(page.payMin(), page.payMax(), page.perDay())),
				(page.ir35() != null) ? page.ir35().slug() : null,
				(page.clearance() != null) ? page.clearance().slug() : null, page.visaSponsorship(), page.tools(),
				page.descriptionHtml(), page.applyHref(), page.postedOn(), page.closesOn(), page.sample(),
				page.verifiedEmployer(), page.agency());
	}

	@GetMapping(path = "/api/v1/salary-bands", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Curated salary bands by role, level and region (GBP a year)")
	@ApiResponse(responseCode = "200", description = "Every curated band")
	@ApiResponse(responseCode = "503", ref = ApiDocumentation.UNAVAILABLE)
	List<BandView> salaryBands() {
		return this.salaries.bands();
	}

	private Job job(PostingSummary summary) {
		return new Job(summary.id(), summary.title(), this.site.absolute(summary.path()), summary.companyName(),
				summary.townName(), summary.regionName(), summary.workMode().slug(), summary.employmentType().slug(),
				summary.pay().label(), MoneyRange.of(summary.pay()), summary.publishedAt(), summary.closesOn(),
				summary.sample(), summary.verifiedEmployer(), summary.agency());
	}

	private static String withSize(String link, String size) {
		return "20".equals(size) ? link : link + (link.contains("?") ? "&" : "?") + "size=" + size;
	}

	record JobsPage(List<Job> items, List<SearchResults.Facet> facets, Paging paging) {
	}

	/**
	 * One result line.
	 *
	 * @param pay as the site words it
	 * @param payRange the same pay as figures
	 * @param postedAt when it went live (ISO 8601, UTC)
	 * @param closesOn its last day for applications (ISO 8601 date, UK)
	 * @param verifiedEmployer posted directly by someone whose confirmed address is on
	 * the company's email domain
	 * @param agency posted by a recruitment agency for its client
	 */
	record Job(@Schema(example = "1042") long id, @Schema(example = "Senior MLOps Engineer") String title,
			@Schema(example = "https://mljobs.uk/jobs/1042/senior-mlops-engineer") String url,
			@Schema(example = "Monzo") String company, @Schema(example = "London") String town,
			@Schema(example = "London") String region, @Schema(example = "hybrid") String workMode,
			@Schema(example = "permanent-full-time") String type,
			@Schema(example = "£110,000–£140,000 a year") String pay, MoneyRange payRange,
			@Schema(example = "2026-12-01T09:30:00Z") Instant postedAt,
			@Schema(example = "2026-12-31") LocalDate closesOn, boolean sample, boolean verifiedEmployer,
			boolean agency) {
	}

	/**
	 * Pay as figures: whole pounds from {@code min} to {@code max} per {@code unit}.
	 *
	 * @param currency always {@code GBP}
	 * @param unit {@code YEAR} (a salary) or {@code DAY} (a contract's day rate), as
	 * schema.org's unitText says it
	 */
	record MoneyRange(@Schema(example = "110000") int min, @Schema(example = "140000") int max,
			@Schema(example = "GBP", allowableValues = "GBP") String currency,
			@Schema(example = "YEAR", allowableValues = {
					"YEAR", "DAY" }) String unit){

		static MoneyRange of(PostingPay pay) {
			return new MoneyRange(pay.min(), pay.max(), "GBP", pay.unit());
		}

	}

	/**
	 * One posting as the API gives it: what its public page shows, nothing of its
	 * moderation or bookkeeping.
	 *
	 * @param status {@code published}, {@code closed}, {@code filled} or {@code expired}
	 * @param pay as the site shows it (kept as it was for existing clients)
	 * @param payRange the same pay as figures, as search items give it
	 * @param postedOn the day it went live (ISO 8601 date, UK)
	 * @param closesOn its last day for applications (ISO 8601 date, UK)
	 * @param ir35 for contracts; {@code null} otherwise
	 * @param descriptionHtml the description as sanitised HTML
	 * @param applyUrl where to apply: the employer's page, or a {@code mailto:} address
	 * @param verifiedEmployer posted directly by someone whose confirmed address is on
	 * the company's email domain
	 * @param agency posted by a recruitment agency for its client
	 */
	record JobDetail(@Schema(example = "1042") long id, @Schema(example = "Senior MLOps Engineer") String title,
			@Schema(example = "https://mljobs.uk/jobs/1042/senior-mlops-engineer") String url,
			@Schema(example = "published", allowableValues = {
					"published", "closed", "filled", "expired" }) String status,
			boolean acceptingApplications, Named company, Named role, Named level, Named region, Named town,
			@Schema(example = "hybrid") String workMode, @Schema(example = "UK") String remoteResidency,
			@Schema(example = "permanent-full-time") String type, Pay pay, MoneyRange payRange,
			@Schema(example = "outside") String ir35, @Schema(example = "none") String clearance,
			boolean visaSponsorship, List<String> skills,
			@Schema(example = "<p>You will run our training and serving platform.</p>") String descriptionHtml,
			@Schema(example = "https://example.com/apply") String applyUrl,
			@Schema(example = "2026-12-01") LocalDate postedOn, @Schema(example = "2026-12-31") LocalDate closesOn,
			boolean sample, boolean verifiedEmployer, boolean agency){
	}

	/** A reference by slug, with its name for display. */
	record Named(@Schema(example = "monzo") String slug, @Schema(example = "Monzo") String name) {
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
