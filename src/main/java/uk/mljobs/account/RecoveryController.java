package uk.mljobs.account;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.account.AccountTokens.Holder;
import uk.mljobs.shared.Emails;
import uk.mljobs.shared.TooManyRequestsException;
import uk.mljobs.system.RateLimiter;

/**
 * The pages a mailed link leads to, and how to ask for one: "Forgot your password?"
 * ({@code /login/forgot}), the new-password page ({@code /login/reset}) and the page that
 * confirms an address ({@code /account/verify}). A link's GET only shows a form; the
 * token is used by the POST, so a mail scanner that opens links uses nothing up.
 */
@Controller
class RecoveryController {

	static final String VIEW_FORGOT = "account/forgot";

	static final String VIEW_RESET = "account/reset";

	static final String VIEW_VERIFY = "account/verify";

	static final String VIEW_LINK_EXPIRED = "account/link-expired";

	static final String SENT = "If an account uses %s, we have sent it a link to choose a new password. "
			+ "It works once, for 30 minutes. No mail? Check your spam folder, or ask again in a few minutes.";

	private final PasswordReset reset;

	private final EmailVerification verification;

	private final RateLimiter limiter;

	private final SessionRegistry sessions;

	private final UserDetailsService users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	RecoveryController(PasswordReset reset, EmailVerification verification, RateLimiter limiter,
			SessionRegistry sessions, UserDetailsService users) {
		this.reset = reset;
		this.verification = verification;
		this.limiter = limiter;
		this.sessions = sessions;
		this.users = users;
	}

	record ForgotForm(@NotBlank(message = "Enter the email address you sign in with.") @Size(max = 254,
			message = "Email addresses are at most 254 characters.") String email) {
	}

	record ResetForm(String token, @NotBlank(message = "Enter a new password.") @Size(max = 256,
			message = "Use at most 256 characters.") String newPassword) {
	}

	@GetMapping("/login/forgot")
	String forgot(Model model) {
		model.addAttribute("form", new ForgotForm(""));
		return VIEW_FORGOT;
	}

	/**
	 * The same answer for every address. Per client address the requests are limited
	 * openly (429); per account quietly, so the limit does not say the account exists.
	 */
	@PostMapping("/login/forgot")
	String requestReset(@Valid @ModelAttribute("form") ForgotForm form, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		this.limiter.consume("reset-address:" + request.getRemoteAddr(), 10, Duration.ofHours(1),
				"Too many reset requests from your network. Try again in an hour.");
		if (result.hasErrors()) {
			return VIEW_FORGOT;
		}
		String email = Emails.normalise(form.email());
		try {
			this.limiter.consume("reset-account:" + email, 3, Duration.ofHours(1), "");
			this.reset.request(email);
		}
		catch (TooManyRequestsException ex) {
			// Three links an hour are enough for anyone; the answer stays the same.
		}
		redirect.addFlashAttribute("notice", SENT.formatted(email));
		return "redirect:/login";
	}

	@GetMapping("/login/reset")
	String resetForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		Optional<Holder> holder = this.reset.pending(token);
		if (holder.isEmpty()) {
			return expired(model, response, true);
		}
		model.addAttribute("form", new ResetForm(token, ""));
		model.addAttribute("email", holder.get().email());
		return VIEW_RESET;
	}

	/** Sets the password, ends every session of the account, and signs this one in. */
	@PostMapping("/login/reset")
	String resetPassword(@Valid @ModelAttribute("form") ResetForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		this.limiter.consume("reset-submit:" + request.getRemoteAddr(), 20, Duration.ofHours(1),
				"Too many attempts from your network. Try again in an hour.");
		Optional<Holder> holder = this.reset.pending(form.token());
		if (holder.isEmpty()) {
			return expired(model, response, true);
		}
		Optional<AccountView> account = result.hasErrors() ? Optional.empty()
				: this.reset.reset(form.token(), form.newPassword(), result);
		if (account.isEmpty()) {
			if (result.hasGlobalErrors()) {
				return expired(model, response, true);
			}
			model.addAttribute("email", holder.get().email());
			return VIEW_RESET;
		}
		// Every session of the account ends, wherever it is; then this browser signs in.
		this.sessions.getAllSessions(account.get().email(), false).forEach((session) -> session.expireNow());
		this.limiter.forget("login-account:" + account.get().email());
		signIn(account.get().email(), request, response);
		redirect.addFlashAttribute("notice",
				"Password changed, and you are signed in. Every other session of your account has been signed out.");
		return "redirect:" + ((account.get().role() == AccountRole.ADMIN) ? "/admin/moderation" : "/recruiter");
	}

	@GetMapping("/account/verify")
	String verifyForm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		Optional<Holder> holder = this.verification.pending(token);
		if (holder.isEmpty()) {
			return expired(model, response, false);
		}
		model.addAttribute("token", token);
		model.addAttribute("email", holder.get().email());
		return VIEW_VERIFY;
	}

	@PostMapping("/account/verify")
	String verify(@RequestParam(required = false) String token, java.security.Principal signedIn, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		EmailVerification.Confirmation confirmation = this.verification.confirm(token);
		EmailVerification.Outcome outcome = confirmation.outcome();
		if (outcome == EmailVerification.Outcome.CHANGED) {
			// Sessions are known by the address they signed in with: every one ends, and
			// the owner signs in again with the new address.
			this.sessions.getAllSessions(confirmation.previousEmail(), false).forEach((session) -> session.expireNow());
		}
		switch (outcome) {
			case CONFIRMED -> redirect.addFlashAttribute("notice", "Thank you: your address is confirmed.");
			case CHANGED -> redirect.addFlashAttribute("notice",
					"Your account now uses its new address. Sign in with it from now on.");
			case TAKEN -> {
				response.setStatus(HttpStatus.CONFLICT.value());
				model.addAttribute("message",
						"Another account has started using that address since we sent the link, so your account keeps its address.");
				return VIEW_LINK_EXPIRED;
			}
			case EXPIRED -> {
				return expired(model, response, false);
			}
		}
		// The dashboard when signed in (a changed address signs in again), else sign-in.
		return (signedIn != null && outcome == EmailVerification.Outcome.CONFIRMED) ? "redirect:/recruiter"
				: "redirect:/login";
	}

	private String expired(Model model, HttpServletResponse response, boolean reset) {
		response.setStatus(HttpStatus.GONE.value());
		model.addAttribute("reset", reset);
		return VIEW_LINK_EXPIRED;
	}

	private void signIn(String email, HttpServletRequest request, HttpServletResponse response) {
		SignedInUser user = (SignedInUser) this.users.loadUserByUsername(email);
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		// A new session id for the signed-in session, as a sign-in through the form gets.
		request.getSession(true);
		request.changeSessionId();
		this.contexts.saveContext(context, request, response);
	}

}
