package uk.mljobs.account;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
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
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
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
// Factors add up in one session (password, then a code or a passkey); which routes need
// two is set per route in SecondFactors, not globally.
@EnableMultiFactorAuthentication(authorities = {})
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
			SessionRegistry sessions, EmailCodes codes, Passkeys passkeys, UserDetailsService users,
			ObjectProvider<Accounts> accounts) throws Exception {
		LoginThrottle throttle = new LoginThrottle(limiter, properties.limits());
		// Health is for load balancers and probes; metrics and the rest of actuator for
		// admins.
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
			.permitAll()
			// Admins need two factors, on their pages and on actuator.
			.requestMatchers(EndpointRequest.toAnyEndpoint())
			.access(SecondFactors.admin())
			.requestMatchers("/admin/**")
			.access(SecondFactors.admin())
			.requestMatchers("/recruiter/**")
			.access(SecondFactors.role(AccountRole.RECRUITER))
			// A passkey is a factor: adding one takes a second factor already given, or a
			// seeker's mailed code (a seeker has no password).
			.requestMatchers("/webauthn/register/**")
			.access(SecondFactors.passkeyOwner())
			.requestMatchers("/account/security/confirm")
			.access(AuthorizationManagers.allOf(SecondFactors.staff(), SecondFactors.signedInWithTwoFactors()))
			// A seeker's own pages; signing in to them is the other filter chain's.
			.requestMatchers("/me", "/me/**")
			.hasRole(AccountRole.SEEKER.name())
			.requestMatchers(SecondFactors.PAGE, SecondFactors.PAGE + "/**")
			.authenticated()
			// The link in a confirmation mail works without signing in.
			.requestMatchers("/account/verify")
			.permitAll()
			.requestMatchers("/account/**", "/account")
			.access(SecondFactors.staff())
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(successHandler(throttle))
				.failureHandler(failureHandler(throttle))
				.permitAll())
			// The second factor: a code mailed to the signed-in account (it must come
			// after
			// formLogin, whose page stays the one for signing in)...
			.oneTimeTokenLogin((code) -> code.loginPage(SecondFactors.PAGE)
				.showDefaultSubmitPage(false)
				.tokenGeneratingUrl(SecondFactors.SEND_CODE)
				.loginProcessingUrl(SecondFactors.CHECK_CODE)
				.tokenService(codes)
				.generateRequestResolver(codes)
				.tokenGenerationSuccessHandler(codes)
				.authenticationProvider(SecondFactors.codeProvider(codes, users))
				.successHandler(secondFactorSuccess())
				.failureHandler((request, response, exception) -> response
					.sendRedirect(request.getContextPath() + SecondFactors.PAGE + "?error")))
			// ...or a passkey, with our principal, an account-status check and a new
			// session id, none of which the stock passkey filter gives.
			.webAuthn((passkey) -> passkey.disableDefaultRegistrationPage(true)
				.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {

					@Override
					public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationManager(
								new ProviderManager(new PasskeyAuthenticationProvider(passkeys.relyingParty(), users)));
						filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
						filter.setAuthenticationSuccessHandler(passkeySignedIn());
						return filter;
					}

				}))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out").permitAll())
			.sessionManagement((session) -> sessions(session, sessions, accounts))
			// Not accessDeniedHandler(...): that would turn a missing factor into a 403
			// instead of a visit to the second-factor page.
			// Visitors are sent to sign in where they were going: seekers' pages to the
			// mailed-code page, everything else to the password form.
			.exceptionHandling((errors) -> errors.authenticationEntryPoint(signInPages())
				.defaultAccessDeniedHandlerFor(loggingAccessDenied(), AnyRequestMatcher.INSTANCE)
				.defaultDeniedHandlerForMissingAuthority(new LoginUrlAuthenticationEntryPoint(SecondFactors.PAGE),
						FactorGrantedAuthority.WEBAUTHN_AUTHORITY))
			.headers(SecurityConfiguration::headers)
			// One-click unsubscribe (RFC 8058): mail providers POST to the link in the
			// List-Unsubscribe header without our token; the link's signature is the
			// proof.
			// The one-click unsubscribe comes from mail providers; the API is read only
			// and
			// stateless, so a wrong method there is a 405 problem, not a CSRF 403.
			.csrf((csrf) -> csrf.ignoringRequestMatchers("/alerts/unsubscribe", "/api/**"))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new PasskeyRegistrationErrors(), AuthorizationFilter.class);
		return http.build();
	}

	/** The headers every response carries, from either filter chain. */
	static void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.deny())
			.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
			// Public pages may be cached; signed-in pages and forms never are.
			.cacheControl((cache) -> cache.disable())
			.addHeaderWriter(noStoreWhenPersonal());
	}

	/** One session per sign-in, known to the registry so it can be ended anywhere. */
	static void sessions(SessionManagementConfigurer<HttpSecurity> session, SessionRegistry sessions,
			ObjectProvider<Accounts> accounts) {
		session.sessionFixation((fixation) -> fixation.changeSessionId())
			.maximumSessions(-1)
			.sessionRegistry(sessions)
			.expiredSessionStrategy(new SessionEnded(accounts));
	}

	@Bean
	PasswordEncoder passwordEncoder(SiteProperties site) {
		// Argon2 by default (no 72-byte limit, memory-hard); older hashes still verify.
		// Salt, hash length and parallelism as Spring Security's defaults; the cost is a
		// setting.
		SiteProperties.Passwords cost = site.passwords();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2",
				Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, cost.argon2MemoryKib(), cost.argon2Iterations()),
						"bcrypt", new BCryptPasswordEncoder()));
		// A seeker has no password at all: any password given for one simply does not
		// match (the stock answer to a missing hash is an exception, a 500).
		encoder.setDefaultPasswordEncoderForMatches(new NoPassword());
		return encoder;
	}

	/** Matches nothing: what a missing or unknown hash is checked with. */
	private static final class NoPassword implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			throw new UnsupportedOperationException("No password is made with this encoder");
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			return false;
		}

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

	/**
	 * After the second factor: back where the person was going, else their start page.
	 */
	private static SavedRequestAwareAuthenticationSuccessHandler secondFactorSuccess() {
		return new SavedRequestAwareAuthenticationSuccessHandler() {

			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws IOException, jakarta.servlet.ServletException {
				if (authentication.getPrincipal() instanceof SignedInUser user) {
					log.info("Account {} gave a second factor", user.id());
					setDefaultTargetUrl(user.isAdmin() ? "/admin/moderation" : "/account/security");
				}
				super.onAuthenticationSuccess(request, response, authentication);
			}

		};
	}

	/**
	 * The passkey beans Spring Security looks up: kept in PostgreSQL, with the relying
	 * party made from the site's origin.
	 */
	@Bean
	WebAuthnRelyingPartyOperations relyingParty(Passkeys passkeys) {
		return passkeys.relyingParty();
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(Passkeys passkeys) {
		return passkeys.userEntities();
	}

	@Bean
	UserCredentialRepository passkeyCredentials(Passkeys passkeys) {
		return passkeys.credentials();
	}

	private static AuthenticationFailureHandler failureHandler(LoginThrottle throttle) {
		return (request, response, exception) -> {
			throttle.failed(request);
			log.info("Sign-in failed");
			// One answer for unknown email, wrong password and disabled account alike.
			response.sendRedirect(request.getContextPath() + "/login?error");
		};
	}

	/**
	 * Where a passkey sign-in goes on to (the page's script follows the JSON): where the
	 * person was going, else a seeker's jobs, else the home page.
	 */
	private static AuthenticationSuccessHandler passkeySignedIn() {
		HttpMessageConverterAuthenticationSuccessHandler json = new HttpMessageConverterAuthenticationSuccessHandler();
		HttpSessionRequestCache saved = new HttpSessionRequestCache();
		return (request, response, authentication) -> {
			if (authentication.getPrincipal() instanceof SignedInUser user && user.role() == AccountRole.SEEKER) {
				SeekerSecurity.keepOnlySeekersPages(request, response);
				if (saved.getRequest(request, response) == null) {
					response.setContentType("application/json");
					response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"/me\"}");
					return;
				}
			}
			json.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static AuthenticationEntryPoint signInPages() {
		return new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"),
				new RequestMatcherEntry<>(PathPatternRequestMatcher.pathPattern("/me/**"),
						new LoginUrlAuthenticationEntryPoint(SeekerSecurity.PAGE)));
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
			// A file that says it is immutable (a content-hashed stylesheet or script) is
			// the same for everyone, signed in or not.
			String caching = response.getHeader("Cache-Control");
			if (caching != null && caching.contains("immutable")) {
				return;
			}
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
			String path = request.getRequestURI();
			// A file at an address that names its content (a logo at its hash) is the
			// same
			// for everyone, signed in or not.
			boolean immutable = String.valueOf(response.getHeader("Cache-Control")).contains("immutable");
			if (immutable) {
				return;
			}
			if (signedIn || path.startsWith("/login") || path.startsWith("/register") || path.startsWith("/alerts")
					|| path.startsWith("/me")) {
				response.setHeader("Cache-Control", "no-store");
			}
		};
	}

}
