package uk.mljobs.admin;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.account.AccountService;
import uk.mljobs.account.AccountView;
import uk.mljobs.account.SignedInUser;
import uk.mljobs.company.CompanyCuration;
import uk.mljobs.job.PostingReports;
import uk.mljobs.job.PostingModeration;
import uk.mljobs.moderation.DecisionView;
import uk.mljobs.moderation.ModerationLog;

/**
 * The review queue (oldest first) for postings, the proposed companies waiting on the
 * companies page, and the admin log of every decision and curated change.
 */
@Controller
class ModerationController {

	static final String VIEW_QUEUE = "admin/moderation";

	static final String VIEW_POSTING = "admin/posting";

	static final String VIEW_DECISIONS = "admin/decisions";

	private final PostingModeration postings;

	private final CompanyCuration curation;

	private final ModerationLog log;

	private final AccountService accounts;

	private final uk.mljobs.job.PostingReview review;

	private final PostingReports reports;

	ModerationController(PostingModeration postings, CompanyCuration curation, ModerationLog log,
			AccountService accounts, uk.mljobs.job.PostingReview review, PostingReports reports) {
		this.reports = reports;
		this.review = review;
		this.postings = postings;
		this.curation = curation;
		this.log = log;
		this.accounts = accounts;
	}

	@GetMapping("/admin/moderation")
	String queue(Model model) {
		model.addAttribute("queue", this.review.queue());
		model.addAttribute("reported", this.reports.reportedLive());
		model.addAttribute("proposals", this.curation.pending());
		return VIEW_QUEUE;
	}

	@GetMapping("/admin/moderation/postings/{id}")
	String posting(@PathVariable long id, Model model) {
		model.addAttribute("posting", this.postings.forReview(id));
		model.addAttribute("review", this.review.details(id));
		model.addAttribute("reports", this.reports.open(id));
		model.addAttribute("form", new ModerationForm(""));
		model.addAttribute("decisions", this.log.about(uk.mljobs.moderation.DecisionSubject.POSTING, id));
		return VIEW_POSTING;
	}

	@PostMapping("/admin/moderation/postings/{id}/approve")
	String approve(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		this.postings.approve(id, admin.id());
		this.reports.resolve(id, admin.id());
		redirect.addFlashAttribute("notice", "Approved: the posting is live.");
		return "redirect:/admin/moderation";
	}

	@PostMapping("/admin/moderation/postings/{id}/reject")
	String reject(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@Valid @ModelAttribute("form") ModerationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("posting", this.postings.forReview(id));
			model.addAttribute("review", this.review.details(id));
			model.addAttribute("reports", this.reports.open(id));
			model.addAttribute("decisions", this.log.about(uk.mljobs.moderation.DecisionSubject.POSTING, id));
			return VIEW_POSTING;
		}
		this.postings.reject(id, admin.id(), form.reason());
		this.reports.resolve(id, admin.id());
		redirect.addFlashAttribute("notice", "Rejected: the recruiter can fix it and resubmit.");
		return "redirect:/admin/moderation";
	}

	/** The admin read a live posting's reports and leaves it live. */
	@PostMapping("/admin/moderation/postings/{id}/reports/dismiss")
	String dismissReports(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			RedirectAttributes redirect) {
		this.reports.dismiss(id, admin.id());
		redirect.addFlashAttribute("notice", "Reports dismissed: the posting stays live.");
		return "redirect:/admin/moderation";
	}

	/** The admin takes a reported live posting down to review it. */
	@PostMapping("/admin/moderation/postings/{id}/hold")
	String hold(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		this.reports.hold(id, admin.id());
		redirect.addFlashAttribute("notice", "Taken down: it waits in the queue for your decision.");
		return "redirect:/admin/moderation/postings/" + id;
	}

	@GetMapping("/admin/moderation/decisions")
	String decisions(Model model) {
		List<DecisionView> decisions = this.log.recent(0, 200);
		Map<Long, String> admins = decisions.stream()
			.map(DecisionView::adminId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.map(this.accounts::account)
			.flatMap(java.util.Optional::stream)
			.collect(Collectors.toMap(AccountView::id, AccountView::name));
		model.addAttribute("decisions", decisions);
		model.addAttribute("admins", admins);
		return VIEW_DECISIONS;
	}

}
