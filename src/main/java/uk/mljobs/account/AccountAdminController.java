package uk.mljobs.account;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: recruiters waiting for an admin to vouch for them, every
 * recruiter, and disabling one (they are signed out at once, cannot sign in, and their
 * live or pending postings end) or enabling them again.
 */
@Controller
class AccountAdminController {

	static final String VIEW_USERS = "account/admin-users";

	private final AccountService accounts;

	private final SessionRegistry sessions;

	private final PasswordReset reset;

	private final EmployerStanding standing;

	AccountAdminController(AccountService accounts, SessionRegistry sessions, PasswordReset reset,
			EmployerStanding standing) {
		this.standing = standing;
		this.accounts = accounts;
		this.sessions = sessions;
		this.reset = reset;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		model.addAttribute("recruiters", this.accounts.recruiters());
		model.addAttribute("waiting", this.standing.waiting());
		if (!model.containsAttribute("disableForm")) {
			model.addAttribute("disableForm", DisableForm.empty());
		}
		return VIEW_USERS;
	}

	@PostMapping("/admin/users/{id}/disable")
	String disable(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			@Valid @ModelAttribute("disableForm") DisableForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AccountView account = this.accounts.account(id)
			.orElseThrow(() -> uk.mljobs.shared.NotFoundException.of("account", String.valueOf(id)));
		if (result.hasErrors()) {
			model.addAttribute("failedFor", id);
			return users(model);
		}
		this.accounts.disable(id, admin.id(), form.reason());
		// Sessions already open end now, on whichever instance they are used next, not
		// when they time out. The shared session store is indexed by the sign-in email.
		this.sessions.getAllSessions(account.email(), false).forEach((session) -> session.expireNow());
		redirect.addFlashAttribute("notice", "Account disabled: signed out, and its live postings closed.");
		return "redirect:/admin/users";
	}

	/** Mails the recruiter a password-reset link (they asked by phone, say); logged. */
	@PostMapping("/admin/users/{id}/reset-link")
	String sendResetLink(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id,
			RedirectAttributes redirect) {
		this.reset.sendByAdmin(id, admin.id());
		redirect.addFlashAttribute("notice", "Password reset link sent. It works once, for 30 minutes.");
		return "redirect:/admin/users";
	}

	/**
	 * The admin has checked that the recruiter works for (or recruits for) their company:
	 * their postings may go to review.
	 */
	@PostMapping("/admin/users/{id}/vouch")
	String vouch(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		this.standing.vouch(id, admin.id());
		redirect.addFlashAttribute("notice", "Vouched for: their postings can go to review now, and they are told.");
		return "redirect:/admin/users";
	}

	@PostMapping("/admin/users/{id}/enable")
	String enable(@AuthenticationPrincipal SignedInUser admin, @PathVariable long id, RedirectAttributes redirect) {
		this.accounts.enable(id, admin.id());
		redirect.addFlashAttribute("notice", "Account enabled: it can sign in again. Its closed postings stay closed.");
		return "redirect:/admin/users";
	}

}
