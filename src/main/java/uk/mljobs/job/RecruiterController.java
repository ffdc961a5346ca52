package uk.mljobs.job;

import java.time.Duration;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.account.AccountService;
import uk.mljobs.account.AccountView;
import uk.mljobs.account.SignedInUser;
import uk.mljobs.activity.ActivityTotals;
import uk.mljobs.activity.PostingActivity;
import uk.mljobs.company.CompanyCuration;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.market.Market;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.shared.Choices;
import uk.mljobs.system.RateLimiter;
import uk.mljobs.system.SiteProperties;

/**
 * A recruiter's own postings: the dashboard, the form, the preview and the lifecycle
 * actions. Every action redirects; every id is checked against the signed-in recruiter.
 */
@Controller
class RecruiterController {

	static final String VIEW_DASHBOARD = "recruiter/dashboard";

	static final String VIEW_FORM = "recruiter/form";

	static final String VIEW_PREVIEW = "recruiter/preview";

	private final PostingService postings;

	private final AccountService accounts;

	private final CompanyCuration curation;

	private final CompanyDirectory companies;

	private final Market market;

	private final RoleGuides guides;

	private final RateLimiter limiter;

	private final SiteProperties.Limits limits;

	private final PostingProperties rules;

	private final PostingActivity activity;

	RecruiterController(PostingService postings, AccountService accounts, CompanyCuration curation,
			CompanyDirectory companies, Market market, RoleGuides guides, RateLimiter limiter,
			SiteProperties properties, PostingProperties rules, PostingActivity activity) {
		this.postings = postings;
		this.activity = activity;
		this.rules = rules;
		this.accounts = accounts;
		this.curation = curation;
		this.companies = companies;
		this.market = market;
		this.guides = guides;
		this.limiter = limiter;
		this.limits = properties.limits();
	}

	@GetMapping("/recruiter")
	String dashboard(@AuthenticationPrincipal SignedInUser user, Model model) {
		AccountView account = this.accounts.account(user.id()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("company",
				(account.companyId() != null) ? this.companies.company(account.companyId()).orElse(null) : null);
		model.addAttribute("proposal", (account.companyProposalId() != null)
				? this.curation.proposal(account.companyProposalId()).orElse(null) : null);
		List<PostingSummary> mine = this.postings.mine(user.id());
		model.addAttribute("postings", mine);
		Map<Long, ActivityTotals> counted = this.activity.totals(mine.stream().map(PostingSummary::id).toList());
		model.addAttribute("activity", mine.stream()
			.collect(Collectors.toMap(PostingSummary::id, (p) -> counted.getOrDefault(p.id(), ActivityTotals.NONE))));
		return VIEW_DASHBOARD;
	}

	@GetMapping("/recruiter/postings/new")
	String newPosting(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", this.postings.blankForm());
		return form(user, model, null);
	}

	@PostMapping("/recruiter/postings")
	String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") PostingForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(user, model, null);
		}
		spendAllowance(user);
		return this.postings.create(user.id(), form, result).map((id) -> {
			redirect.addFlashAttribute("notice", "Draft saved. Check the preview, then submit it for review.");
			return "redirect:/recruiter/postings/" + id;
		}).orElseGet(() -> {
			if (result.getGlobalErrors()
				.stream()
				.anyMatch((error) -> PostingService.STALE_FORM.equals(error.getCode()))) {
				// Sending the form again, with what was typed, then works.
				model.addAttribute("freshKey", java.util.UUID.randomUUID().toString());
			}
			return form(user, model, null);
		});
	}

	@GetMapping("/recruiter/postings/{id}")
	String preview(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("posting", this.postings.preview(id, user.id()));
		model.addAttribute("account", this.accounts.account(user.id()).orElseThrow());
		return VIEW_PREVIEW;
	}

	@GetMapping("/recruiter/postings/{id}/edit")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", this.postings.formOf(id, user.id()));
		return form(user, model, id);
	}

	@PostMapping("/recruiter/postings/{id}/edit")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") PostingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// Ownership first: someone else's id is "not found", whatever the form holds.
		this.postings.requireOwner(id, user.id());
		if (result.hasErrors()) {
			return form(user, model, id);
		}
		spendAllowance(user);
		return this.postings.update(id, user.id(), form, result).map((backToReview) -> {
			redirect.addFlashAttribute("notice", backToReview
					? "Saved. Because the title, pay, location or description changed, the posting is back in review."
					: "Changes saved.");
			return "redirect:/recruiter/postings/" + id;
		}).orElseGet(() -> form(user, model, id));
	}

	@PostMapping("/recruiter/postings/{id}/submit")
	String submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.postings.submit(id, user.id());
		redirect.addFlashAttribute("notice", "Submitted. An admin will review it; it goes live once approved.");
		return "redirect:/recruiter/postings/" + id;
	}

	@PostMapping("/recruiter/postings/{id}/close")
	String close(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "closed") String outcome, RedirectAttributes redirect) {
		PostingStatus status = Choices.pick("outcome", outcome, List.of(PostingStatus.CLOSED, PostingStatus.FILLED),
				Choices::slug);
		this.postings.end(id, user.id(), status);
		redirect.addFlashAttribute("notice", (status == PostingStatus.FILLED) ? "Marked as filled. Congratulations!"
				: "Closed. It stays readable but takes no more applications.");
		return "redirect:/recruiter/postings/" + id;
	}

	@PostMapping("/recruiter/postings/{id}/repost")
	String repost(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.postings.repost(id, user.id());
		redirect.addFlashAttribute("notice", "Reposted for another " + PostingService.DEFAULT_DAYS_OPEN + " days.");
		return "redirect:/recruiter/postings/" + id;
	}

	@PostMapping("/recruiter/postings/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.postings.delete(id, user.id());
		redirect.addFlashAttribute("notice", "Posting deleted.");
		return "redirect:/recruiter";
	}

	private void spendAllowance(SignedInUser user) {
		this.limiter.consume("posting-write:" + user.id(), this.limits.postingWritesPerRecruiterPerHour(),
				Duration.ofHours(1), "You have saved many postings in the last hour. Wait a while, then try again.");
	}

	private String form(SignedInUser user, Model model, Long editing) {
		AccountView account = this.accounts.account(user.id()).orElseThrow();
		model.addAttribute("account", account);
		model.addAttribute("editing", editing);
		model.addAttribute("roles", this.market.roles());
		model.addAttribute("levels", this.market.allLevels());
		model.addAttribute("regions", this.market.regions());
		model.addAttribute("towns", this.market.towns().stream().filter((town) -> !town.abroad()).toList());
		model.addAttribute("tools", this.guides.catalogue());
		model.addAttribute("companies", account.agency() ? this.companies.companies(null, null) : List.of());
		model.addAttribute("workModes", WorkMode.values());
		model.addAttribute("employmentTypes", EmploymentType.values());
		model.addAttribute("ir35Statuses", Ir35.values());
		model.addAttribute("clearances", Clearance.values());
		model.addAttribute("maxClosingDate", this.postings.today().plusDays(PostingService.MAX_DAYS_OPEN));
		model.addAttribute("minClosingDate", this.postings.today().plusDays(1));
		model.addAttribute("widestPayRatio", this.rules.ratioText());
		model.addAttribute("widestPayExample", uk.mljobs.shared.Gbp.format(80_000) + "–"
				+ uk.mljobs.shared.Gbp.format(this.rules.widestMaxFor(80_000)));
		return VIEW_FORM;
	}

}
