package uk.mljobs.account;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.mljobs.shared.Emails;
import uk.mljobs.shared.TooManyRequestsException;
import uk.mljobs.system.RateLimiter;
import uk.mljobs.system.SiteProperties;

/**
 * Counts failed sign-ins per account and per client address, and refuses further attempts
 * (429, with Retry-After) once either runs out, before the password is even checked. The
 * answer is the same whether or not the account exists.
 */
class LoginThrottle extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

	static final String REFUSED = "Too many failed sign-in attempts. Wait a few minutes, then try again.";

	private final RateLimiter limiter;

	private final SiteProperties.Limits limits;

	LoginThrottle(RateLimiter limiter, SiteProperties.Limits limits) {
		this.limiter = limiter;
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !("POST".equals(request.getMethod()) && "/login".equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			Duration window = this.limits.loginWindow();
			this.limiter.check(accountKey(request), this.limits.loginFailuresPerAccount(), window, REFUSED);
			this.limiter.check(addressKey(request), this.limits.loginFailuresPerAddress(), window, REFUSED);
		}
		catch (TooManyRequestsException ex) {
			log.warn("Sign-in refused: too many failures");
			response.setHeader("Retry-After", String.valueOf(ex.getRetryAfter().toSeconds()));
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
			return;
		}
		chain.doFilter(request, response);
	}

	void failed(HttpServletRequest request) {
		Duration window = this.limits.loginWindow();
		this.limiter.record(accountKey(request), this.limits.loginFailuresPerAccount(), window);
		this.limiter.record(addressKey(request), this.limits.loginFailuresPerAddress(), window);
	}

	void succeeded(HttpServletRequest request) {
		this.limiter.forget(accountKey(request));
	}

	private static String accountKey(HttpServletRequest request) {
		return "login-account:" + Emails.normalise(request.getParameter("username"));
	}

	private static String addressKey(HttpServletRequest request) {
		return "login-address:" + request.getRemoteAddr();
	}

}
