package uk.mljobs.job;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Report this job": a form for seekers, signed in or not, and the thanks that follows.
 */
@Controller
class PostingReportController {

	static final String VIEW_FORM = "job/report";

	static final String VIEW_SENT = "job/report-sent";

	private final PostingReports reports;

	private final PublicPostings postings;

	PostingReportController(PostingReports reports, PublicPostings postings) {
		this.reports = reports;
		this.postings = postings;
	}

	@GetMapping("/reports/jobs/{id}")
	String form(@PathVariable long id, Model model) {
		model.addAttribute("posting", live(id));
		model.addAttribute("reportForm", ReportForm.empty());
		model.addAttribute("reasons", PostingReports.Reason.values());
		return VIEW_FORM;
	}

	@PostMapping("/reports/jobs/{id}")
	String report(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult result,
			HttpServletRequest request, Model model) {
		PostingReports.Outcome outcome = this.reports.report(id, form, request.getRemoteAddr(), result);
		if (outcome == PostingReports.Outcome.INVALID || result.hasErrors()) {
			model.addAttribute("posting", live(id));
			model.addAttribute("reasons", PostingReports.Reason.values());
			return VIEW_FORM;
		}
		return "redirect:/reports/sent" + ((outcome == PostingReports.Outcome.ALREADY) ? "?already" : "");
	}

	private PostingPage live(long id) {
		return this.postings.page(id)
			.filter((page) -> page.status() == PostingStatus.PUBLISHED)
			.orElseThrow(() -> uk.mljobs.shared.NotFoundException
				.because("This job is no longer live, so it cannot be reported. If it still worries you, contact us."));
	}

	@GetMapping("/reports/sent")
	String sent() {
		return VIEW_SENT;
	}

}
