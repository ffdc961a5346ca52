package uk.mljobs.job;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in a "still hiring?" mail: a page with one button, so that mail scanners
 * opening the link confirm nothing; it works signed in or not. A link we never sent is a
 * 410.
 */
@Controller
class StillHiringController {

	static final String VIEW = "recruiter/still-hiring";

	private final StillHiring stillHiring;

	StillHiringController(StillHiring stillHiring) {
		this.stillHiring = stillHiring;
	}

	@GetMapping(StillHiring.PATH)
	String ask(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		return show(this.stillHiring.check(token), token, false, model, response);
	}

	@PostMapping(StillHiring.PATH)
	String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		boolean waiting = this.stillHiring.check(token).filter((check) -> !check.confirmed()).isPresent();
		return show(this.stillHiring.confirm(token), token, waiting, model, response);
	}

	private String show(Optional<StillHiring.Check> check, String token, boolean pressed, Model model,
			HttpServletResponse response) {
		if (check.isEmpty()) {
			response.setStatus(HttpStatus.GONE.value());
		}
		model.addAttribute("check", check.orElse(null));
		model.addAttribute("token", check.isPresent() ? token : null);
		model.addAttribute("pressed", pressed);
		return VIEW;
	}

}
