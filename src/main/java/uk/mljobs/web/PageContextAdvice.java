package uk.mljobs.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.mljobs.system.Site;

/**
 * Gives every controller's view the layout's {@code pageContext}. Templates may not reach
 * beans themselves (Thymeleaf forbids it in most attributes), so the model carries it.
 */
@ControllerAdvice
class PageContextAdvice {

	private final Site site;

	PageContextAdvice(Site site) {
		this.site = site;
	}

	@ModelAttribute("pageContext")
	Site.PageContext pageContext(HttpServletRequest request) {
		return this.site.pageContext(request);
	}

}
