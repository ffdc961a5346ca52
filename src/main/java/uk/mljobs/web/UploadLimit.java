package uk.mljobs.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import uk.mljobs.shared.UploadTooLarge;

/**
 * Turns away an upload larger than the server takes ({@code spring.servlet.multipart.*})
 * by its Content-Length, before anything reads its body. Left to Tomcat, the parse fails
 * as the CSRF filter first asks for a parameter, and the uploader gets a bare 400 page.
 * Here the browser goes back to the form it came from (every upload form posts to its own
 * page's address), whose file field then says the file was too large. Nothing is changed,
 * so this needs no CSRF token; Tomcat reads and discards the rest of the body
 * ({@code server.tomcat.max-swallow-size}) so the answer reaches the browser.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2)
class UploadLimit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UploadLimit.class);

	/** Our own pages' addresses: nothing else is redirected to. */
	private static final Pattern PAGE = Pattern.compile("/[a-z][a-z0-9/-]*");

	private final long most;

	UploadLimit(ObjectProvider<MultipartConfigElement> multipart) {
		MultipartConfigElement config = multipart.getIfAvailable();
		this.most = (config != null) ? config.getMaxRequestSize() : -1;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return this.most < 0 || !"POST".equals(request.getMethod()) || type == null
				|| !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				|| request.getContentLengthLong() <= this.most;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI();
		log.info("Refused an upload of {} bytes, over the limit of {}, to {}", request.getContentLengthLong(),
				this.most, path.replaceAll("[^\\x21-\\x7e]", "?"));
		if (!PAGE.matcher(path).matches()) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		if (request.getSession(false) != null) {
			FlashMap flash = new FlashMap();
			flash.put(UploadTooLarge.FLASH, Boolean.TRUE);
			flash.setTargetRequestPath(path);
			new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		}
		response.setHeader("Cache-Control", "no-store");
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader("Location", request.getContextPath() + path);
	}

}
