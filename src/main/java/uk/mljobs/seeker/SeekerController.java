package uk.mljobs.seeker;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.account.SeekerPasskeys;
import uk.mljobs.account.SignedInUser;
import uk.mljobs.activity.PostingActivity;
import uk.mljobs.alert.SeekerAlerts;
import uk.mljobs.shared.InvalidParameterException;

/**
 * A seeker's jobs at {@code /me}, and the buttons that keep them. Every action is a POST
 * form that works without JavaScript (back to the page it came from); with JavaScript the
 * Save button asks for JSON and changes in place.
 */
@Controller
class SeekerController {

	static final String VIEW = "seeker/me";

	private final SeekerJobs jobs;

	private final SeekerAlerts alerts;

	private final PostingActivity activity;

	private final SeekerPasskeys passkeys;

	SeekerController(SeekerJobs jobs, SeekerAlerts alerts, PostingActivity activity, SeekerPasskeys passkeys) {
		this.jobs = jobs;
		this.alerts = alerts;
		this.activity = activity;
		this.passkeys = passkeys;
	}

	@GetMapping("/me")
	String me(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String sort, Model model) {
		SeekerJobs.Order order = SeekerJobs.Order.of(sort);
		model.addAttribute("entries", this.jobs.kept(user.id(), order));
		model.addAttribute("hidden", this.jobs.hidden(user.id()));
		model.addAttribute("alerts", this.alerts.of(user.getUsername()));
		model.addAttribute("order", order);
		model.addAttribute("orders", Arrays.asList(SeekerJobs.Order.values()));
		model.addAttribute("email", user.getUsername());
		model.addAttribute("today", this.jobs.today());
		model.addAttribute("passkeys", this.passkeys.of(user.getUsername()));
		return VIEW;
	}

	/**
	 * Where a Save link leads a visitor who had to sign in first: one button to press.
	 */
	@GetMapping("/me/jobs/{id}/save")
	String confirmSave(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		SeekerJobs.Entry entry = this.jobs.about(user.id(), id);
		if (entry != null && entry.saved()) {
			return "redirect:/me";
		}
		model.addAttribute("posting", (entry != null) ? entry.posting() : this.jobs.posting(id));
		return "seeker/save";
	}

	@PostMapping("/me/jobs/{id}/save")
	Object save(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String back, HttpServletRequest request, RedirectAttributes redirect) {
		if (this.jobs.save(user.id(), id)) {
			// A save counts when the job goes from not saved to saved: pressing Save on a
			// saved job again counts nothing.
			this.activity.saved(id);
		}
		return answer(request, redirect, back, Map.of("saved", true), "Job saved. Find it under My jobs.");
	}

	@PostMapping("/me/jobs/{id}/unsave")
	Object unsave(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String back, HttpServletRequest request, RedirectAttributes redirect) {
		this.jobs.unsave(user.id(), id);
		return answer(request, redirect, back, Map.of("saved", false), "Job removed from your saved jobs.");
	}

	@PostMapping("/me/jobs/{id}/hide")
	Object hide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String back, HttpServletRequest request, RedirectAttributes redirect) {
		this.jobs.hide(user.id(), id);
		return answer(request, redirect, back, Map.of("hidden", true),
				"Job hidden. It will not show in your searches; you can show it again from My jobs.");
	}

	@PostMapping("/me/jobs/{id}/unhide")
	Object unhide(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String back, HttpServletRequest request, RedirectAttributes redirect) {
		this.jobs.unhide(user.id(), id);
		return answer(request, redirect, back, Map.of("hidden", false), "Job shown in your searches again.");
	}

	/**
	 * The day the seeker applied: today unless they give another; {@code clear} undoes
	 * it.
	 */
	@PostMapping("/me/jobs/{id}/applied")
	Object applied(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String on, @RequestParam(required = false) String clear,
			@RequestParam(required = false) String back, HttpServletRequest request, RedirectAttributes redirect) {
		LocalDate today = this.jobs.today();
		LocalDate day = (clear != null) ? null : applicationDay(on, today);
		this.jobs.applied(user.id(), id, day);
		return answer(request, redirect, back, Map.of("applied", day != null),
				(day == null) ? "Application mark removed." : "Marked as applied.");
	}

	@PostMapping("/me/jobs/{id}/note")
	Object note(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) String note, @RequestParam(required = false) String back,
			HttpServletRequest request, RedirectAttributes redirect) {
		// Browsers send a line break as two characters and count it as one.
		String text = (note != null) ? note.replace("\r\n", "\n") : null;
		if (text != null && text.strip().length() > SeekerJobs.NOTE_LENGTH) {
			throw InvalidParameterException.because("note", "A note is at most " + SeekerJobs.NOTE_LENGTH
					+ " characters; yours is longer. Shorten it and save again.");
		}
		this.jobs.note(user.id(), id, text);
		return answer(request, redirect, back, Map.of("noted", text != null && !text.isBlank()), "Note saved.");
	}

	/**
	 * A day the seeker applied: not in the future, not before the site's first postings.
	 */
	static LocalDate applicationDay(String on, LocalDate today) {
		if (on == null || on.isBlank()) {
			return today;
		}
		try {
			LocalDate day = LocalDate.parse(on.strip());
			if (day.isAfter(today) || day.isBefore(today.minusYears(2))) {
				throw InvalidParameterException.because("on",
						"Give the day you applied: today or a day in the last two years.");
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			throw InvalidParameterException.because("on", "Give the day you applied as a date, like 2026-12-07.");
		}
	}

	/**
	 * JSON for the page's script; otherwise back to where the form was, with a notice.
	 */
	private static Object answer(HttpServletRequest request, RedirectAttributes redirect, String back,
			Map<String, Object> json, String notice) {
		String accept = request.getHeader("Accept");
		if (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)) {
			return ResponseEntity.ok().header("Cache-Control", "no-store").body(json);
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + localPath(back);
	}

	/** Only a path on this site: anything else goes to /me (no open redirect). */
	static String localPath(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.contains("{")
				|| back.contains("}") || back.length() > 2_000 || back.chars().anyMatch((c) -> c < 0x20 || c == 0x7f)) {
			return "/me";
		}
		return back;
	}

}
