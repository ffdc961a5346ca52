package uk.mljobs.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;

import uk.mljobs.system.Site;

/**
 * Errors raised outside our controllers are rendered by Spring Boot's error controller;
 * this adds the layout's page context to them too, and nothing else (no exception, no
 * trace).
 */
@Component
class PageContextErrorAttributes extends DefaultErrorAttributes {

	private final Site site;

	PageContextErrorAttributes(Site site) {
		this.site = site;
	}

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
		if (webRequest instanceof ServletWebRequest servletRequest) {
			HttpServletRequest request = servletRequest.getRequest();
			Object originalUri = webRequest.getAttribute("jakarta.servlet.error.request_uri",
					RequestAttributes.SCOPE_REQUEST);
			Site.PageContext context = this.site.pageContext(request);
			attributes.put("pageContext",
					new Site.PageContext(context.siteName(),
							this.site.absolute((originalUri != null) ? originalUri.toString() : "/"), context.path(),
							context.viewer(), context.demo(), context.indexable()));
		}
		return attributes;
	}

}
