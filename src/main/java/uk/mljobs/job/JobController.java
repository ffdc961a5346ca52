package uk.mljobs.job;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import uk.mljobs.shared.InvalidParameterException;
import uk.mljobs.shared.NotFoundException;

/**
 * What seekers read: the newest published postings, and each posting's page. A posting's
 * address is {@code /jobs/{id}/{slug}}; any other slug, or none, redirects there.
 */
@Controller
class JobController {

	static final String VIEW_LIST = "job/list";

	static final String VIEW_DETAIL = "job/detail";

	private final PostingService postings;

	JobController(PostingService postings) {
		this.postings = postings;
	}

	@GetMapping("/jobs")
	String list(@RequestParam(defaultValue = "1") int page, Model model) {
		if (page < 1 || page > 10_000) {
			throw InvalidParameterException.outOfRange("page", 1, 10_000);
		}
		model.addAttribute("results", this.postings.published(page - 1));
		model.addAttribute("page", page);
		return VIEW_LIST;
	}

	@GetMapping("/jobs/{id}")
	ModelAndView withoutSlug(@PathVariable long id) {
		return permanentRedirect(found(id).path());
	}

	@GetMapping("/jobs/{id}/{slug}")
	ModelAndView detail(@PathVariable long id, @PathVariable String slug) {
		PostingPage posting = found(id);
		if (!posting.slug().equals(slug)) {
			return permanentRedirect(posting.path());
		}
		this.postings.countView(id);
		return new ModelAndView(VIEW_DETAIL, "posting", posting);
	}

	private static ModelAndView permanentRedirect(String path) {
		RedirectView redirect = new RedirectView(path);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(redirect);
	}

	private PostingPage found(long id) {
		return this.postings.publicPage(id).orElseThrow(() -> NotFoundException.of("job", String.valueOf(id)));
	}

}
