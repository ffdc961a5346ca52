package uk.mljobs.alert;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.mljobs.alert.AlertSigner.Purpose;
import uk.mljobs.system.RateLimiter;

/**
 * Job alert pages: ask for an alert on any search, confirm it, stop it, see every alert
 * of an address and delete all we hold about it. Links from mails land on a page with a
 * button, so a mail scanner that follows links changes nothing; the one exception is the
 * one-click unsubscribe POST that mail providers send.
 */
@Controller
class AlertController {

	static final String VIEW_NEW = "alert/new";

	static final String VIEW_SENT = "alert/sent";

	static final String VIEW_CONFIRM = "alert/confirm";

	static final String VIEW_CONFIRMED = "alert/confirmed";

	static final String VIEW_UNSUBSCRIBE = "alert/unsubscribe";

	static final String VIEW_UNSUBSCRIBED = "alert/unsubscribed";

	static final String VIEW_MANAGE = "alert/manage";

	static final String VIEW_FORGOTTEN = "alert/forgotten";

	static final String VIEW_START = "alert/start";

	private final Alerts alerts;

	private final RateLimiter limiter;

	private final AlertProperties properties;

	AlertController(Alerts alerts, RateLimiter limiter, AlertProperties properties) {
		this.alerts = alerts;
		this.limiter = limiter;
		this.properties = properties;
	}

	/** The form for an alert on the search in the query string. */
	@GetMapping("/alerts/new")
	String newAlert(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		model.addAttribute("search", this.alerts.savedSearch(parameters));
		model.addAttribute("form", new AlertForm("", "DAILY"));
		return VIEW_NEW;
	}

	@PostMapping("/alerts")
	String subscribe(@RequestParam MultiValueMap<String, String> parameters, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		this.limiter.consume("alert-subscribe:" + request.getRemoteAddr(),
				this.properties.subscriptionsPerAddressPerHour(), Duration.ofHours(1),
				"Too many alerts asked for from this connection; try again later.");
		Alerts.SavedSearch search = this.alerts.savedSearch(parameters);
		AlertForm form = new AlertForm(java.util.Objects.requireNonNullElse(parameters.getFirst("email"), ""),
				java.util.Objects.requireNonNullElse(parameters.getFirst("frequency"), ""));
		BindingResult errors = new BeanPropertyBindingResult(form, "form");
		if (!this.alerts.subscribe(form.email(), form.frequency(), search, errors)) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("search", search);
			model.addAttribute("form", form);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return VIEW_NEW;
		}
		redirect.addFlashAttribute("label", search.label());
		return "redirect:/alerts/sent";
	}

	@GetMapping("/alerts/sent")
	String sent() {
		return VIEW_SENT;
	}

	@GetMapping("/alerts/confirm")
	String confirmPage(@RequestParam(required = false) String alert, @RequestParam(required = false) String sig,
			Model model) {
		model.addAttribute("alert", this.alerts.signed(Purpose.CONFIRM, alert, sig));
		model.addAttribute("sig", sig);
		return VIEW_CONFIRM;
	}

	@PostMapping("/alerts/confirm")
	String confirm(@RequestParam(required = false) String alert, @RequestParam(required = false) String sig,
			Model model) {
		model.addAttribute("alert", this.alerts.confirm(alert, sig));
		return VIEW_CONFIRMED;
	}

	@GetMapping("/alerts/unsubscribe")
	String unsubscribePage(@RequestParam(required = false) String alert, @RequestParam(required = false) String sig,
			Model model) {
		model.addAttribute("alert", this.alerts.signed(Purpose.UNSUBSCRIBE, alert, sig));
		model.addAttribute("sig", sig);
		return VIEW_UNSUBSCRIBE;
	}

	/** The page's Stop button, and the one-click POST of RFC 8058 (no CSRF token). */
	@PostMapping("/alerts/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String alert, @RequestParam(required = false) String sig,
			Model model) {
		model.addAttribute("alert", this.alerts.unsubscribe(alert, sig));
		return VIEW_UNSUBSCRIBED;
	}

	@GetMapping("/alerts/manage")
	String manage(@RequestParam(required = false) String alert, @RequestParam(required = false) String sig,
			Model model) {
		model.addAttribute("managed", this.alerts.managed(alert, sig));
		return VIEW_MANAGE;
	}

	@PostMapping("/alerts/forget")
	String forget(@RequestParam(required = false) String alert, @RequestParam(required = false) String sig,
			Model model) {
		model.addAttribute("deleted", this.alerts.forget(alert, sig));
		return VIEW_FORGOTTEN;
	}

	/** Where someone without a mail to hand asks for a link to their alerts. */
	@GetMapping("/alerts")
	String start(Model model) {
		model.addAttribute("form", new AlertForm("", ""));
		return VIEW_START;
	}

	@PostMapping("/alerts/manage-link")
	String manageLink(@RequestParam(defaultValue = "") String email, HttpServletRequest request, Model model) {
		this.limiter.consume("alert-manage-link:" + request.getRemoteAddr(),
				this.properties.subscriptionsPerAddressPerHour(), Duration.ofHours(1),
				"Too many links asked for from this connection; try again later.");
		this.alerts.sendManageLink(email);
		model.addAttribute("linkSent", true);
		model.addAttribute("form", new AlertForm("", ""));
		return VIEW_START;
	}

}
