package uk.mljobs.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses traffic, with a 503 and a Retry-After, until the application is ready: the web
 * server answers while start-up work (demo data, the first figures over postings) is
 * still running, and a visitor then would see half a site and fill caches from it. Spring
 * Boot says ready ({@link ReadinessState#ACCEPTING_TRAFFIC}) once every start-up runner
 * is done, and refusing again as it shuts down. Health probes always pass, so
 * {@code /actuator/health/readiness} can say DOWN meanwhile.
 */
class ReadinessGate extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	private static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
			+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
			+ "<title>Starting up - MLJobs UK</title></head><body><main><h1>MLJobs UK is starting up</h1>"
			+ "<p>The site is getting its figures ready. Try again in a few seconds.</p></main></body></html>")
		.getBytes(StandardCharsets.UTF_8);

	private static final byte[] PROBLEM = ("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\","
			+ "\"status\":503,\"detail\":\"The site is starting up or shutting down; try again in a few seconds.\"}")
		.getBytes(StandardCharsets.UTF_8);

	private final ApplicationAvailability availability;

	ReadinessGate(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
				|| request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (request.getHeader("Accept") != null && request.getHeader("Accept").contains("json"));
		response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE : "text/html;charset=UTF-8");
		byte[] body = api ? PROBLEM : PAGE;
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
