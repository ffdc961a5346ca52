package uk.mljobs.job;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

import uk.mljobs.account.SignedInUser;
import uk.mljobs.activity.PostingActivity;
import uk.mljobs.activity.Visitors;
import uk.mljobs.shared.NotFoundException;

/**
 * Apply, counted: {@code /jobs/{id}/apply} counts the click (by the rule in
 * {@link Visitors}) and sends the browser on to the posting's own destination, its web
 * address or a mail to its apply address, and nowhere else: no parameter is read, so the
 * link cannot be made to lead anywhere a recruiter did not write. A posting no longer
 * taking applications says so (410); one that is not public is not found.
 */
@Controller
class ApplyController {

	static final String VIEW_CLOSED = "job/applications-closed";

	private final PublicPostings postings;

	private final PostingActivity activity;

	ApplyController(PublicPostings postings, PostingActivity activity) {
		this.postings = postings;
		this.activity = activity;
	}

	@GetMapping("/jobs/{id}/apply")
	ModelAndView apply(@PathVariable long id, @AuthenticationPrincipal SignedInUser user, HttpServletRequest request,
			HttpServletResponse response) {
		PostingPage posting = this.postings.page(id).orElseThrow(() -> NotFoundException.of("job", String.valueOf(id)));
		// Never kept: each click is a request of its own, and goes where the posting says
		// now.
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		if (!posting.acceptingApplications()) {
			ModelAndView closed = new ModelAndView(VIEW_CLOSED, "posting", posting);
			closed.setStatus(HttpStatus.GONE);
			return closed;
		}
		if (Visitors.humanWithCookies(request) && !this.postings.postedBy(id, user)) {
			this.activity.applyClicked(id);
		}
		// The employer learns nothing of the page the seeker came from, as before the
		// link was counted.
		response.setHeader("Referrer-Policy", "no-referrer");
		RedirectView redirect = new RedirectView(destination(posting));
		redirect.setStatusCode(HttpStatus.SEE_OTHER);
		redirect.setExposeModelAttributes(false);
		redirect.setExpandUriTemplateVariables(false);
		return new ModelAndView(redirect);
	}

	/**
	 * The posting's web address as ASCII (its scheme checked again), or a mail to its
	 * apply address; the posting's page should either be unreadable.
	 */
	static String destination(PostingPage posting) {
		String href = posting.applyHref();
		if (posting.applyByEmail()) {
			return "mailto:" + UriUtils.encodePath(href.substring("mailto:".length()), "UTF-8");
		}
		try {
			URI uri = URI.create(href);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
				return uri.toASCIIString();
			}
		}
		catch (IllegalArgumentException ex) {
			// Falls through to the posting's own page.
		}
		return posting.path();
	}

}
