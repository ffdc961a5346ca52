package uk.mljobs.job;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import uk.mljobs.account.SignedInUser;
import uk.mljobs.activity.PostingActivity;
import uk.mljobs.activity.Visitors;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.JsonLd;

/**
 * What seekers read: job search, and each posting's page. A posting's address is
 * {@code /jobs/{id}/{slug}}; any other slug, or none, redirects there. What people (not
 * crawlers: {@link Visitors}) see is counted in memory by {@link PostingActivity}: the
 * postings on each results page, and each posting page read.
 */
@Controller
class JobController {

	static final String VIEW_LIST = "job/list";

	static final String VIEW_DETAIL = "job/detail";

	private final PublicPostings postings;

	private final JobSearch search;

	private final JobPostingJsonLd jobPostingJsonLd;

	private final JsonLd jsonLd;

	/** None until the seeker feature keeps them. */
	private final ObjectProvider<HiddenPostings> hidden;

	private final PostingActivity activity;

	JobController(PublicPostings postings, JobSearch search, JobPostingJsonLd jobPostingJsonLd, JsonLd jsonLd,
			ObjectProvider<HiddenPostings> hidden, PostingActivity activity) {
		this.postings = postings;
		this.activity = activity;
		this.search = search;
		this.jobPostingJsonLd = jobPostingJsonLd;
		this.jsonLd = jsonLd;
		this.hidden = hidden;
	}

	/**
	 * Search results; a signed-in person's leave out the postings they hid (their pages
	 * are never stored by caches: {@code SecurityConfiguration} marks them
	 * {@code no-store}).
	 */
	@GetMapping("/jobs")
	String search(@RequestParam MultiValueMap<String, String> parameters, @AuthenticationPrincipal SignedInUser user,
			Model model, HttpServletRequest request) {
		SearchResults results = this.search.search(this.search.criteriaOf(parameters), JobSearch.Channel.HTML,
				hiddenFrom(user));
		if (Visitors.human(request)) {
			this.activity.impressions(results.items().stream().map(PostingSummary::id).toList());
		}
		// The search shown: the one typed, or the one it was understood as.
		SearchCriteria criteria = results.criteria();
		model.addAttribute("results", results);
		long asOf = (criteria.asOf() != null) ? criteria.asOf() : this.search.asOfNow();
		SearchLinks links = new SearchLinks("/jobs", criteria.parameters(), asOf);
		model.addAttribute("links", links);
		model.addAttribute("facets", links.facets(results.facets()));
		model.addAttribute("relaxations", links.relaxations(results.suggestions()));
		model.addAttribute("offers", links.relaxations(results.offers()));
		if (results.understood() != null) {
			model.addAttribute("understoodHref", links.of(results.understood().parameters()));
			model.addAttribute("asTypedHref", links.of(results.understood().typedParameters()));
		}
		model.addAttribute("feed", new SearchLinks("/jobs/feed.atom", criteria.without("sort")).page(1));
		// A link, not a form: a form would need a CSRF token, so a session for every
		// visitor.
		model.addAttribute("alertLink", new SearchLinks("/alerts/new", criteria.without("sort")).page(1));
		model.addAttribute("criteria", criteria);
		model.addAttribute("sorts", SearchCriteria.Sort.values());
		model.addAttribute("places", this.search.places());
		model.addAttribute("distances", SearchCriteria.DISTANCES);
		return VIEW_LIST;
	}

	@GetMapping("/jobs/{id}")
	ModelAndView withoutSlug(@PathVariable long id) {
		return permanentRedirect(found(id).path());
	}

	@GetMapping("/jobs/{id}/{slug}")
	ModelAndView detail(@PathVariable long id, @PathVariable String slug, @AuthenticationPrincipal SignedInUser user,
			HttpServletRequest request, HttpServletResponse response) {
		PostingPage posting = found(id);
		if (!posting.slug().equals(slug)) {
			return permanentRedirect(posting.path());
		}
		if (Visitors.human(request) && !this.postings.postedBy(id, user)) {
			this.activity.viewed(id);
		}
		ModelAndView page = new ModelAndView(VIEW_DETAIL, "posting", posting);
		if (posting.acceptingApplications()) {
			// Apply goes through our counting link, which counts browsers that keep this
			// cookie.
			page.addObject("applyPath", "/jobs/" + id + "/apply");
			Visitors.offerCookie(request, response);
		}
		page.addObject("breadcrumbs", this.jsonLd.breadcrumbs(new JsonLd.Crumb("Jobs", "/jobs"),
				new JsonLd.Crumb(posting.title(), posting.path())));
		Map<String, Object> structured = this.jobPostingJsonLd.of(posting);
		if (structured != null) {
			page.addObject("jsonLd", this.jsonLd.render(structured));
		}
		return page;
	}

	/**
	 * The postings this visitor hid: none for anonymous visitors, without asking anyone,
	 * so their searches cost what they did before.
	 */
	private Set<Long> hiddenFrom(SignedInUser user) {
		if (user == null) {
			return Set.of();
		}
		HiddenPostings postings = this.hidden.getIfAvailable();
		return (postings != null) ? postings.hiddenBy(user.id()) : Set.of();
	}

	private static ModelAndView permanentRedirect(String path) {
		RedirectView redirect = new RedirectView(path);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(redirect);
	}

	private PostingPage found(long id) {
		return this.postings.page(id).orElseThrow(() -> NotFoundException.of("job", String.valueOf(id)));
	}

}
