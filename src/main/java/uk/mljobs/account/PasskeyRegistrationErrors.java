package uk.mljobs.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security's passkey registration lets a failed verification (a wrong origin, a
 * forged or replayed answer) escape as an exception. Here it becomes a 400 with a message
 * the page can show, and nothing is stored.
 */
final class PasskeyRegistrationErrors extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(PasskeyRegistrationErrors.class);

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/webauthn/register");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException ex) {
			// Not signed in, or no second factor yet: Spring Security answers those.
			if (response.isCommitted() || ex instanceof AccessDeniedException
					|| ex instanceof AuthenticationException) {
				throw ex;
			}
			log.info("A passkey registration was refused: {}", ex.getClass().getSimpleName());
			response.reset();
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"success\":false,\"message\":\"That passkey could not be added. Try again.\"}");
		}
	}

}
