package uk.mljobs.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The seeker's sign-in pages. Spring Security's filters send the mail and check the code;
 * these pages only show the forms, and the answer when no mail went out (a mistyped
 * address, or the hour's mails used up). A link's GET only shows a button: the token is
 * used by the POST, so a mail scanner that opens links uses nothing up.
 */
@Controller
class SeekerSignInController {

	static final String VIEW = "account/seeker-sign-in";

	private final SeekerCodes codes;

	SeekerSignInController(SeekerCodes codes) {
		this.codes = codes;
	}

	record SeekerSignInForm(@NotBlank(message = "Enter your email address.") @Size(max = 254,
			message = "Email addresses are at most 254 characters.") String email) {
	}

	@GetMapping(SeekerSecurity.PAGE)
	String page(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
		// Flags without values (?sent): blank parameters are read as absent elsewhere.
		boolean sent = request.getParameterMap().containsKey("sent");
		boolean error = request.getParameterMap().containsKey("error");
		boolean expired = request.getParameterMap().containsKey("expired");
		if (user != null && user.role() == AccountRole.SEEKER && !sent && !error) {
			return "redirect:/me";
		}
		String pending = pending(request);
		boolean codeAsked = pending != null && (sent || error);
		model.addAttribute("form", new SeekerSignInForm(codeAsked ? pending : ""));
		model.addAttribute("pending", codeAsked ? pending : null);
		model.addAttribute("error", codeAsked && error);
		model.addAttribute("expired", expired);
		return VIEW;
	}

	/**
	 * Reached only when the filter sent nothing: the address cannot be one, or the hour's
	 * mails are used up (a 429 page that says how long to wait).
	 */
	@PostMapping(SeekerSecurity.SEND)
	String notSent(@Valid @ModelAttribute("form") SeekerSignInForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (request.getAttribute(SeekerCodes.REFUSED) instanceof RuntimeException refused
				&& !(refused instanceof IllegalArgumentException)) {
			throw refused;
		}
		if (!result.hasFieldErrors("email")) {
			result.rejectValue("email", "Email", "Enter an email address like name@example.com.");
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("pending", null);
		model.addAttribute("error", false);
		model.addAttribute("expired", false);
		return VIEW;
	}

	@GetMapping(SeekerSecurity.PAGE + "/link")
	String link(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		java.util.Optional<String> address = (token != null) ? this.codes.linkAddress(token)
				: java.util.Optional.empty();
		if (address.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_GONE);
			model.addAttribute("form", new SeekerSignInForm(""));
			model.addAttribute("pending", null);
			model.addAttribute("error", false);
			model.addAttribute("expired", true);
			return VIEW;
		}
		model.addAttribute("token", token);
		model.addAttribute("address", masked(address.get()));
		return "account/seeker-link";
	}

	/**
	 * "a•••@example.com": enough to tell one's own address, not to read someone else's.
	 */
	static String masked(String email) {
		int at = email.lastIndexOf('@');
		return (at <= 0) ? email : email.substring(0, email.offsetByCodePoints(0, 1)) + "•••" + email.substring(at);
	}

	private static String pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(SeekerCodes.PENDING) instanceof String email) ? email : null;
	}

}
