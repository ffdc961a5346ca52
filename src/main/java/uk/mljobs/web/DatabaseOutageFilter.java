package uk.mljobs.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failures of the database in filters that run before our controllers (the JDBC session
 * store, above all) become a 503 error page, as {@link ErrorPages} does for the
 * controllers' own. Runs first, so it wraps the session filter. When even the error page
 * cannot be rendered for want of the database, the answer is a short static 503 page.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	private static final byte[] STATIC_PAGE = ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
			+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
			+ "<title>Back in a moment - MLJobs UK</title></head><body><main><h1>We are back in a moment</h1>"
			+ "<p>Part of the site is not answering just now, so nothing was changed. Wait a few seconds and "
			+ "try again.</p><p><a href=\"/\">Home page</a></p></main></body></html>")
		.getBytes(StandardCharsets.UTF_8);

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!DatabaseOutage.causedBy(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("The database is unavailable: {} {} answered 503 ({})", request.getMethod(),
					request.getRequestURI(), ex.getMessage());
			// Whatever a half-rendered page set (its content type above all) goes too.
			response.reset();
			response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setContentType("text/html;charset=UTF-8");
				response.setHeader("Cache-Control", "no-store");
				response.getOutputStream().write(STATIC_PAGE);
			}
			else {
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
			}
		}
	}

}
