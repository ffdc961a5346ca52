package uk.mljobs.seeker;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.mljobs.account.AccountRole;
import uk.mljobs.account.SignedInUser;

/**
 * Gives every page a signed-in seeker opens what its Save buttons need ({@code myJobs})
 * and the address to come back to after a button without JavaScript ({@code keepBack}).
 * Visitors and recruiters cost nothing: no query is made for them.
 */
@ControllerAdvice(annotations = Controller.class)
class MyJobsAdvice {

	/** Absent in web slices that test one controller. */
	private final ObjectProvider<SeekerJobs> jobs;

	MyJobsAdvice(ObjectProvider<SeekerJobs> jobs) {
		this.jobs = jobs;
	}

	@ModelAttribute
	void myJobs(Model model, HttpServletRequest request) {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		SeekerJobs kept = this.jobs.getIfAvailable();
		if (kept != null && who != null && who.getPrincipal() instanceof SignedInUser user
				&& user.role() == AccountRole.SEEKER && "GET".equals(request.getMethod())) {
			model.addAttribute("myJobs", kept.mine(user.id()));
			String query = request.getQueryString();
			model.addAttribute("keepBack",
					SeekerController.localPath(request.getRequestURI() + ((query != null) ? "?" + query : "")));
		}
	}

}
