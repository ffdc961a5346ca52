package uk.mljobs.activity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.mljobs.account.SignedInUser;

/**
 * A recruiter's view of what one of their postings does. Another recruiter's posting is
 * "not found", as everywhere under {@code /recruiter}.
 */
@Controller
class ActivityController {

	static final String VIEW = "activity/posting";

	private final ActivityReports reports;

	ActivityController(ActivityReports reports) {
		this.reports = reports;
	}

	@GetMapping("/recruiter/postings/{id}/activity")
	String activity(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("report", this.reports.of(id, user.id()));
		return VIEW;
	}

}
