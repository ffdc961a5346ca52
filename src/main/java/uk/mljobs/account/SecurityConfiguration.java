package uk.mljobs.account;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

import uk.mljobs.system.RateLimiter;
import uk.mljobs.system.SiteProperties;

/**
 * Who may reach what, how people sign in and out, and the headers every response carries.
 * Ownership of a posting is checked per request by the posting service; this only sorts
 * requests by role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

	/** No inline script or style anywhere; JSON-LD blocks are data, not script. */
	/** No page here uses the camera, the microphone, the location, payments or USB. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "browsing-topics=()";

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, RateLimiter limiter, SiteProperties properties,
			SessionRegistry sessions) throws Exception {
		LoginThrottle throttle = new LoginThrottle(limiter, properties.limits());
		// Health is for load balancers and probes; metrics and the rest of actuator for
		// admins.
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.hasRole(AccountRole.ADMIN.name())
			.requestMatchers("/admin/**")
			.hasRole(AccountRole.ADMIN.name())
			.requestMatchers("/recruiter/**")
			.hasRole(AccountRole.RECRUITER.name())
			// The link in a confirmation mail works without signing in.
			.requestMatchers("/account/verify")
			.permitAll()
			.requestMatchers("/account/**", "/account")
			.authenticated()
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(successHandler(throttle))
				.failureHandler(failureHandler(throttle))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
				.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredUrl("/login?expired"))
			.exceptionHandling((errors) -> errors.accessDeniedHandler(loggingAccessDenied()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				.crossOriginOpenerPolicy((coop) -> coop.policy(
						org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new org.springframework.security.web.header.writers.StaticHeadersWriter(
						"Permissions-Policy", PERMISSIONS_POLICY))
				// Public pages may be cached; signed-in pages and forms never are.
				.cacheControl((cache) -> cache.disable())
				.addHeaderWriter(noStoreWhenPersonal()))
			// One-click unsubscribe (RFC 8058): mail providers POST to the link in the
			// List-Unsubscribe header without our token; the link's signature is the
			// proof.
			// The one-click unsubscribe comes from mail providers; the API is read only
			// and
			// stateless, so a wrong method there is a 405 problem, not a CSRF 403.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/alerts/unsubscribe", "/api/**"))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2 by default (no 72-byte limit, memory-hard); older hashes still verify.
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	/**
	 * Sessions live in PostgreSQL (Spring Session JDBC), indexed by the principal's name
	 * (the email), so ending someone's sessions from one instance ends them on every
	 * instance: the next request anywhere finds the session marked expired.
	 */
	@Bean
	<S extends Session> SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<S> sessions) {
		return new SpringSessionBackedSessionRegistry<>(sessions);
	}

	/**
	 * Saves session attributes with INSERT ... ON CONFLICT: parallel requests cannot
	 * collide.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionQueries() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	private static SavedRequestAwareAuthenticationSuccessHandler successHandler(LoginThrottle throttle) {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, jakarta.servlet.ServletException {
				throttle.succeeded(request);
				if (authentication.getPrincipal() instanceof SignedInUser user) {
					log.info("Account {} signed in", user.id());
					setDefaultTargetUrl(user.isAdmin() ? "/admin/moderation" : "/recruiter");
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}

		};
		return handler;
	}

	private static AuthenticationFailureHandler failureHandler(LoginThrottle throttle) {
		return (request, response, exception) -> {
			throttle.failed(request);
			log.info("Sign-in failed");
			// One answer for unknown email, wrong password and disabled account alike.
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	private static AccessDeniedHandler loggingAccessDenied() {
		AccessDeniedHandlerImpl delegate = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			String account = (who != null && who.getPrincipal() instanceof SignedInUser user) ? "account " + user.id()
					: "an anonymous visitor";
			log.warn("Access denied to {} {} for {}: {}", request.getMethod(), request.getRequestURI(), account,
					denied.getClass().getSimpleName());
			delegate.handle(request, response, denied);
		};
	}

	private static HeaderWriter noStoreWhenPersonal() {
		return (request, response) -> {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
			String path = request.getRequestURI();
			if (signedIn || path.startsWith("/login") || path.startsWith("/register") || path.startsWith("/alerts")) {
				response.setHeader("Cache-Control", "no-store");
			}
		};
	}

}
