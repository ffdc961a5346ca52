package uk.mljobs.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.shared.TooManyRequestsException;

/**
 * The second-factor page (a mailed code or a passkey) and the account's security page,
 * where passkeys are added and removed and a recruiter turns two-step sign-in on or off.
 * Sending and checking codes, and the passkey ceremonies, are Spring Security's filters.
 */
@Controller
class SecondFactorController {

	static final String PAGE = SecondFactors.PAGE;

	private final Passkeys passkeys;

	private final AccountService accounts;

	SecondFactorController(Passkeys passkeys, AccountService accounts) {
		this.passkeys = passkeys;
		this.accounts = accounts;
	}

	@GetMapping(SecondFactors.PAGE)
	String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String sent,
			@RequestParam(required = false) String error, Model model) {
		model.addAttribute("email", user.getUsername());
		model.addAttribute("sent", sent != null);
		model.addAttribute("error", error != null);
		model.addAttribute("hasPasskey", this.passkeys.any(user.getUsername()));
		return "account/second-factor";
	}

	/**
	 * Reached only when the code filter did not send one: the hour's codes are used up.
	 */
	@PostMapping(SecondFactors.SEND_CODE)
	String notSent(HttpServletRequest request) {
		if (request.getAttribute(EmailCodes.LIMITED) instanceof TooManyRequestsException limited) {
			throw limited;
		}
		return "redirect:" + PAGE;
	}

	@GetMapping("/account/security")
	String security(@AuthenticationPrincipal SignedInUser user, Authentication authentication,
			@RequestParam(required = false) String added, Model model) {
		if (added != null) {
			model.addAttribute("notice", "Passkey added. Next time, use it after your password.");
		}
		model.addAttribute("passkeys", this.passkeys.of(user.getUsername()));
		model.addAttribute("admin", user.isAdmin());
		model.addAttribute("twoFactor", this.accounts.twoFactor(user.id()));
		model.addAttribute("factorGiven", SecondFactors.given(authentication));
		return "account/security";
	}

	/** Guarded by the second factor: asks for it, then comes back. */
	@GetMapping("/account/security/confirm")
	String confirmed() {
		return "redirect:/account/security";
	}

	@PostMapping("/account/security/two-factor")
	String twoFactor(@AuthenticationPrincipal SignedInUser user, Authentication authentication,
			@RequestParam boolean required, RedirectAttributes redirect) {
		if (!SecondFactors.given(authentication)) {
			return "redirect:/account/security/confirm";
		}
		this.accounts.requireTwoFactor(user.id(), required);
		redirect.addFlashAttribute("notice",
				required ? "Two-step sign-in is on: after your password we ask for a code or a passkey."
						: "Two-step sign-in is off: your password alone signs you in.");
		return "redirect:/account/security";
	}

	@PostMapping("/account/security/passkeys/{id}/delete")
	String deletePasskey(@AuthenticationPrincipal SignedInUser user, @PathVariable String id,
			RedirectAttributes redirect) {
		boolean removed = this.passkeys.of(user.getUsername()).stream().anyMatch((passkey) -> passkey.id().equals(id));
		if (removed) {
			this.passkeys.credentials().delete(Bytes.fromBase64(id));
		}
		redirect.addFlashAttribute("notice", removed ? "Passkey removed." : "That passkey was already gone.");
		return "redirect:/account/security";
	}

}
