package uk.mljobs.account;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.system.RateLimiter;

/**
 * A seeker's data: all of it as one JSON file, and deleting the account with everything
 * in it in one step (signed in by a mailed code or a passkey, there is no password to
 * ask; a ticked box says they mean it).
 */
@Controller
class SeekerAccountController {

	private final AccountExport export;

	private final AccountService accounts;

	private final SessionRegistry sessions;

	private final RateLimiter limiter;

	private final Passkeys passkeys;

	private final SeekerCodes codes;

	SeekerAccountController(AccountExport export, AccountService accounts, SessionRegistry sessions,
			RateLimiter limiter, Passkeys passkeys, SeekerCodes codes) {
		this.codes = codes;
		this.export = export;
		this.accounts = accounts;
		this.sessions = sessions;
		this.limiter = limiter;
		this.passkeys = passkeys;
	}

	/** Everything held about the seeker (UK GDPR articles 15 and 20). */
	@GetMapping(value = "/me/data", produces = "application/json")
	ResponseEntity<Map<String, Object>> data(@AuthenticationPrincipal SignedInUser user) {
		this.limiter.consume("export:" + user.id(), 20, Duration.ofHours(1),
				"You have downloaded your data many times in the last hour. Try again later.");
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"mljobs-my-jobs.json\"")
			.header("Cache-Control", "no-store")
			.body(this.export.of(user.id()));
	}

	@PostMapping("/me/passkeys/{id}/delete")
	String deletePasskey(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			RedirectAttributes redirect) {
		boolean theirs = this.passkeys.of(user.getUsername()).stream().anyMatch((passkey) -> passkey.id().equals(id));
		if (theirs) {
			this.passkeys.credentials().delete(Bytes.fromBase64(id));
		}
		redirect.addFlashAttribute("notice", theirs ? "Passkey removed." : "That passkey was already gone.");
		return "redirect:/me#passkeys";
	}

	@PostMapping("/me/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String confirm,
			HttpServletRequest request, HttpServletResponse response, Authentication authentication,
			RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("deleteError",
					"Tick the box to confirm that you want to delete your account and everything in it.");
			return "redirect:/me#delete";
		}
		this.accounts.deleteSeeker(user.id());
		this.codes.forget(user.getUsername());
		this.sessions.getAllSessions(user, false).forEach((session) -> session.expireNow());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		redirect.addFlashAttribute("notice",
				"Your account has been deleted, with your saved jobs, notes and job alerts.");
		return "redirect:/";
	}

}
