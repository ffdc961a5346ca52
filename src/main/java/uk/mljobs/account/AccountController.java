package uk.mljobs.account;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.system.RateLimiter;
import uk.mljobs.system.SiteProperties;

@Controller
class AccountController {

	static final String VIEW_REGISTER = "account/register";

	static final String VIEW_LOGIN = "account/login";

	static final String VIEW_ACCOUNT = "account/account";

	private final AccountService accounts;

	private final CompanyDirectory companies;

	private final RateLimiter limiter;

	private final SiteProperties.Limits limits;

	private final SessionRegistry sessions;

	private final EmailVerification verification;

	private final AccountExport export;

	AccountController(AccountService accounts, CompanyDirectory companies, RateLimiter limiter,
			SiteProperties properties, SessionRegistry sessions, EmailVerification verification, AccountExport export) {
		this.verification = verification;
		this.export = export;
		this.accounts = accounts;
		this.companies = companies;
		this.limiter = limiter;
		this.limits = properties.limits();
		this.sessions = sessions;
	}

	@GetMapping("/login")
	String login() {
		return VIEW_LOGIN;
	}

	@GetMapping("/register")
	String registerForm(Model model) {
		model.addAttribute("form", RegistrationForm.empty());
		return register(model);
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		// Every attempt counts, valid or not: otherwise a form with one bad field probes
		// for free (which emails have accounts, which passwords the policy takes).
		this.limiter.consume("signup:" + request.getRemoteAddr(), this.limits.signupsPerAddressPerHour(),
				Duration.ofHours(1), "Too many new accounts from your network. Try again in an hour.");
		try {
			// The service adds its own checks to any the form already failed, so all show
			// at once.
			if (this.accounts.register(form, result) == AccountService.Registration.INVALID) {
				return register(model);
			}
		}
		catch (AccountService.RegistrationRaceException ex) {
			// The same address signed up at the same moment: answered like any other.
		}
		// The same words whether or not the address already had an account: its mail
		// says.
		String address = uk.mljobs.shared.Emails.normalise(form.email());
		redirect.addFlashAttribute("notice", "We have sent a mail to " + address
				+ ". Open the link in it within 24 hours to confirm the address is yours. You can sign in now"
				+ (form.proposesCompany()
						? "; you can write postings once an admin has approved your company, and we will email you when they have."
						: " and write drafts; they go to review once the address is confirmed."));
		return "redirect:/login";
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("passwordForm", PasswordChangeForm.empty());
		model.addAttribute("deletionForm", AccountDeletionForm.empty());
		model.addAttribute("emailForm", EmailChangeForm.empty());
		return accountPage(user, model);
	}

	/** Mails the confirmation link again; a few times an hour. */
	@PostMapping("/account/verification")
	String resendVerification(@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		this.limiter.consume("verify-mail:" + user.id(), 3, Duration.ofHours(1),
				"We have sent several links in the last hour. Check your inbox and spam folder, or try again later.");
		this.verification.send(user.id());
		redirect.addFlashAttribute("notice",
				"We have sent a new link. It works for 24 hours; earlier links no longer do.");
		return "redirect:/account";
	}

	@PostMapping("/account/email")
	String changeEmail(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("emailForm") EmailChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.limiter.consume("email-change:" + user.id(), 5, Duration.ofHours(1),
				"You have asked for several changes in the last hour. Try again later.");
		if (result.hasErrors() || !this.verification.requestChange(user.id(), form, result)) {
			model.addAttribute("passwordForm", PasswordChangeForm.empty());
			model.addAttribute("deletionForm", AccountDeletionForm.empty());
			return accountPage(user, model);
		}
		redirect.addFlashAttribute("notice", "We have sent a link to " + uk.mljobs.shared.Emails.normalise(form.email())
				+ ". Your account keeps its current address until you open it.");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (result.hasErrors() || !this.accounts.changePassword(user.id(), form, result)) {
			model.addAttribute("deletionForm", AccountDeletionForm.empty());
			model.addAttribute("emailForm", EmailChangeForm.empty());
			return accountPage(user, model);
		}
		// Every other session of this account ends; this one carries on.
		String current = request.getSession().getId();
		this.sessions.getAllSessions(user, false)
			.stream()
			.filter((session) -> !session.getSessionId().equals(current))
			.forEach((session) -> session.expireNow());
		redirect.addFlashAttribute("notice", "Password changed. You have been signed out everywhere else.");
		return "redirect:/account";
	}

	/** Everything held about the account, as a JSON file (UK GDPR articles 15 and 20). */
	@GetMapping(value = "/account/export", produces = "application/json")
	org.springframework.http.ResponseEntity<java.util.Map<String, Object>> export(
			@AuthenticationPrincipal SignedInUser user) {
		this.limiter.consume("export:" + user.id(), 20, Duration.ofHours(1),
				"You have downloaded your data many times in the last hour. Try again later.");
		return org.springframework.http.ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"mljobs-account-" + user.id() + ".json\"")
			.header("Cache-Control", "no-store")
			.body(this.export.of(user.id()));
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("deletionForm") AccountDeletionForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Authentication authentication, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors() || !this.accounts.delete(user.id(), form, result)) {
			model.addAttribute("passwordForm", PasswordChangeForm.empty());
			model.addAttribute("emailForm", EmailChangeForm.empty());
			return accountPage(user, model);
		}
		this.sessions.getAllSessions(user, false).forEach((session) -> session.expireNow());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		redirect.addFlashAttribute("notice", "Your account has been deleted and your postings closed.");
		return "redirect:/";
	}

	private String register(Model model) {
		model.addAttribute("companies", this.companies.companies(null, null));
		return VIEW_REGISTER;
	}

	private String accountPage(SignedInUser user, Model model) {
		model.addAttribute("account", this.accounts.account(user.id()).orElseThrow());
		return VIEW_ACCOUNT;
	}

}
