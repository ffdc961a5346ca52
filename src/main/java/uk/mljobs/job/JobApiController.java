package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

	private final PostingService postings;

	private final Salaries salaries;

	private final Site site;

	JobApiController(JobSearch search, PostingService postings, Salaries salaries, Site site) {
		this.search = search;
		this.postings = postings;
		this.salaries = salaries;
		this.site = site;
	}

	@GetMapping("/api/v1/jobs")
	@Operation(summary = "Search jobs",
			description = "Parameters as on /jobs: q, role, level, region, town, workMode, type, minPay, ir35, "
					+ "clearance, visa, postedWithin, company, skill, agency, sort, page; plus size (1-100).")
	JobsPage jobs(@Parameter(hidden = true) @RequestParam Map<String, String> parameters,
			@RequestParam(defaultValue = "20") String size) {
		if (!size.matches("\\d{1,3}") || Integer.parseInt(size) < 1 || Integer.parseInt(size) > MAX_SIZE) {
			throw InvalidParameterException.outOfRange("size", 1, MAX_SIZE);
		}
		SearchCriteria criteria = this.search.criteria(parameters);
		SearchResults results = this.search.search(criteria, Integer.parseInt(size), JobSearch.Channel.JSON);
		SearchLinks links = new SearchLinks("/api/v1/jobs", criteria.parameters(),
				(criteria.asOf() != null) ? criteria.asOf() : this.search.asOfNow());
		return new JobsPage(results.items().stream().map(this::job).toList(), results.facets(), new Paging(
				results.page(), results.pageSize(), results.total(), results.totalCapped(),
				(results.page() * results.pageSize() < results.total())
						? this.site.absolute(withSize(links.page(results.page() + 1), size)) : null,
				(results.page() > 1) ? this.site.absolute(withSize(links.page(results.page() - 1), size)) : null));
	}

	@GetMapping("/api/v1/jobs/{id}")
	@Operation(summary = "One posting, live or ended")
	PostingPage job(@PathVariable long id) {
		return this.postings.publicPage(id).orElseThrow(() -> NotFoundException.of("job", String.valueOf(id)));
	}

	@GetMapping("/api/v1/salary-bands")
	@Operation(summary = "Curated salary bands by role, level and region (GBP a year)")
	List<BandView> salaryBands() {
		return this.salaries.bands();
	}

	private Job job(PostingSummary summary) {
		return new Job(summary.id(), summary.title(), this.site.absolute(summary.path()), summary.companyName(),
				summary.townName(), summary.regionName(), summary.workMode().slug(), summary.employmentType().slug(),
				summary.pay(), summary.publishedAt(), summary.closesOn(), summary.sample());
	}

	private static String withSize(String link, String size) {
		return "20".equals(size) ? link : link + (link.contains("?") ? "&" : "?") + "size=" + size;
	}

	record JobsPage(List<Job> items, List<SearchResults.Facet> facets, Paging paging) {
	}

	record Job(long id, String title, String url, String company, String town, String region, String workMode,
			String type, String pay, Instant postedAt, LocalDate closesOn, boolean sample) {
	}

	/**
	 * @param total matches, exact up to 1,000
	 * @param totalCapped whether there are more than {@code total}
	 */
	record Paging(int page, int size, long total, boolean totalCapped, String next, String previous) {
	}

}
