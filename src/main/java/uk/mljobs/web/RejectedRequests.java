package uk.mljobs.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers a request Spring Security's firewall refuses (a control character in a
 * parameter name, an encoded slash in the path, …) with a plain 400: a short page, or
 * problem+json under {@code /api/}. It was a 500 with a stack trace. The log line names
 * the method and the path as sent (percent-encoded, so it cannot start a line of its
 * own), never the firewall's message, which quotes the request's text decoded.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

	private static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
			+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
			+ "<title>That address cannot be read - MLJobs UK</title></head><body><main>"
			+ "<h1>That address cannot be read</h1><p>It holds characters a web address may not carry. "
			+ "Check the link, or start again from the <a href=\"/\">home page</a> or "
			+ "<a href=\"/jobs\">the job search</a>.</p></main></body></html>")
		.getBytes(StandardCharsets.UTF_8);

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException {
		String path = request.getRequestURI();
		log.info("Refused by the request firewall: {} {}", request.getMethod(), path.replaceAll("[^\\x21-\\x7e]", "?"));
		if (response.isCommitted()) {
			return;
		}
		response.reset();
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setHeader("Cache-Control", "no-store");
		if (path.startsWith("/api/")) {
			response.setContentType("application/problem+json");
			response.getOutputStream()
				.write(("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
						+ "\"detail\":\"The request holds characters it may not carry, in a parameter name or the path.\","
						+ "\"instance\":\"" + path.replaceAll("[^A-Za-z0-9/._~-]", "") + "\"}")
					.getBytes(StandardCharsets.UTF_8));
		}
		else {
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(PAGE);
		}
	}

}
