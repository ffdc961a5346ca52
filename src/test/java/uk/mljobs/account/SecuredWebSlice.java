package uk.mljobs.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.mockito.Answers;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import uk.mljobs.support.TestClock;
import uk.mljobs.system.RateLimiter;
import uk.mljobs.system.Site;
import uk.mljobs.system.SiteProperties;

/**
 * For {@code @WebMvcTest} slices: the site's real security (its filter chain, CSRF, the
 * rules per path, the headers) and page layout, with what they need from the rest of the
 * application mocked: the rate limiter, the session store, sign-in codes and passkeys. A
 * slice tests one controller's requests and answers without a database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ SecurityConfiguration.class, Site.class, ApplicationAvailabilityBean.class, TestClock.Configuration.class })
@EnableConfigurationProperties(SiteProperties.class)
// Passkeys hands the filter chain its relying party: a mock of one, not null.
@MockitoBean(types = Passkeys.class, answers = Answers.RETURNS_MOCKS)
@MockitoBean(types = { RateLimiter.class, EmailCodes.class, UserDetailsService.class,
		FindByIndexNameSessionRepository.class })
@ActiveProfiles("test")
public @interface SecuredWebSlice {

}
