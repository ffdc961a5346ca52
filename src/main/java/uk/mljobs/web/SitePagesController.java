package uk.mljobs.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.mljobs.system.SiteProperties;

/**
 * The pages every site owes its users, linked from the footer: what we keep and why
 * ({@code /privacy}), the rules of use ({@code /terms}), who runs it ({@code /about}) and
 * how to reach them ({@code /contact}).
 */
@Controller
class SitePagesController {

	private final SiteProperties site;

	SitePagesController(SiteProperties site) {
		this.site = site;
	}

	@GetMapping("/privacy")
	String privacy(Model model) {
		return page("site/privacy", model);
	}

	@GetMapping("/terms")
	String terms(Model model) {
		return page("site/terms", model);
	}

	@GetMapping("/about")
	String about(Model model) {
		return page("site/about", model);
	}

	@GetMapping("/contact")
	String contact(Model model) {
		return page("site/contact", model);
	}

	private String page(String view, Model model) {
		model.addAttribute("contactEmail", this.site.contactEmail());
		return view;
	}

}
