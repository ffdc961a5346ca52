package uk.mljobs.account;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * How job seekers sign in: Spring Security's one-time-token login with
 * {@link SeekerCodes} (a link or a code, mailed through the outbox). A filter chain of
 * its own, because the main chain's one-time-token login is the recruiters' second
 * factor; sessions, headers and CSRF protection are the same as the main chain's.
 */
@Configuration(proxyBeanMethods = false)
class SeekerSecurity {

	/** Where a seeker asks for a sign-in mail and types the code. */
	static final String PAGE = "/me/sign-in";

	/** Where the form asks for the mail (Spring Security's token generating filter). */
	static final String SEND = PAGE + "/send";

	/**
	 * Where a code or a link's token is checked (Spring Security's one-time-token
	 * filter).
	 */
	static final String CHECK = PAGE + "/check";

	private static final Logger log = LoggerFactory.getLogger(SeekerSecurity.class);

	@Bean
	@Order(1)
	SecurityFilterChain seekerSignIn(HttpSecurity http, SeekerCodes codes, UserDetailsService users,
			SessionRegistry sessions, ObjectProvider<Accounts> accounts) throws Exception {
		http.securityMatcher(PAGE, PAGE + "/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.oneTimeTokenLogin((code) -> code.loginPage(PAGE)
				.showDefaultSubmitPage(false)
				.tokenGeneratingUrl(SEND)
				.loginProcessingUrl(CHECK)
				.tokenService(codes)
				.generateRequestResolver(codes)
				.tokenGenerationSuccessHandler(codes)
				.authenticationConverter(codes)
				.authenticationProvider(SecondFactors.codeProvider(codes, users))
				.successHandler(signedIn())
				.failureHandler((request, response, exception) -> response
					.sendRedirect(request.getContextPath() + PAGE + (typedCode(request) ? "?error" : "?expired"))))
			.sessionManagement((session) -> SecurityConfiguration.sessions(session, sessions, accounts))
			.headers(SecurityConfiguration::headers);
		return http.build();
	}

	/** Back where the seeker was going (saving a job, say), else their jobs. */
	private static SavedRequestAwareAuthenticationSuccessHandler signedIn() {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, ServletException {
				if (authentication.getPrincipal() instanceof SignedInUser user) {
					log.info("Account {} signed in with a mailed code or link", user.id());
				}
				request.getSession().removeAttribute(SeekerCodes.PENDING);
				keepOnlySeekersPages(request, response);
				super.onAuthenticationSuccess(request, response, authentication);
			}

		};
		handler.setDefaultTargetUrl("/me");
		return handler;
	}

	/**
	 * A page the visitor wanted before signing in is followed only when a seeker may open
	 * it (theirs, or a job's): a stale recruiter's page would greet them with a 403.
	 */
	static void keepOnlySeekersPages(HttpServletRequest request, HttpServletResponse response) {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		SavedRequest saved = cache.getRequest(request, response);
		if (saved != null && !seekersPage(saved.getRedirectUrl())) {
			cache.removeRequest(request, response);
		}
	}

	static boolean seekersPage(String url) {
		try {
			String path = java.net.URI.create(url).getPath();
			return path != null && (path.equals("/me") || path.startsWith("/me/") || path.startsWith("/jobs"));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean typedCode(HttpServletRequest request) {
		String token = request.getParameter("token");
		return token != null && token.replaceAll("[\\s-]", "").length() <= 8;
	}

}
