package uk.mljobs.search;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What admins see of search: the engine, its state, how many postings its index holds,
 * how far behind the database it is, and a way to rebuild it. Admin-only, as is all of
 * {@code /admin/**}.
 */
@Controller
class SearchAdminController {

	static final String VIEW = "search/admin";

	private final Engines engines;

	private final ChangeFeed feed;

	private final Clock clock;

	SearchAdminController(Engines engines, ChangeFeed feed, Clock clock) {
		this.engines = engines;
		this.feed = feed;
		this.clock = clock;
	}

	@GetMapping("/admin/search")
	String status(Model model) {
		SearchEngine engine = this.engines.configured();
		EngineStatus status = engine.status();
		model.addAttribute("status", status);
		model.addAttribute("ready", engine.ready());
		model.addAttribute("pending", (status.documents() >= 0) ? this.feed.waiting(status.position()) : 0);
		model.addAttribute("lagSeconds", (status.caughtUpAt() != null)
				? Math.max(0, Duration.between(status.caughtUpAt(), this.clock.instant()).toSeconds()) : null);
		return VIEW;
	}

	@PostMapping("/admin/search/rebuild")
	String rebuild(RedirectAttributes redirect) {
		this.engines.configured().rebuild();
		redirect.addFlashAttribute("rebuilding", true);
		return "redirect:/admin/search";
	}

}
