package uk.mljobs.job;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.mljobs.company.CompanyView;
import uk.mljobs.market.RoleView;

/**
 * Puts live postings on the pages of other features: a company's page lists its openings,
 * a role guide its newest ones, the home page the newest of all. Done here, where
 * postings live, so the company and role guide features need not know about jobs (job
 * already depends on them).
 */
@Configuration(proxyBeanMethods = false)
class LivePostingsOnPages implements WebMvcConfigurer {

	static final int ON_COMPANY_PAGE = 20;

	static final int ON_ROLE_GUIDE = 5;

	static final int ON_HOME_PAGE = 6;

	private final JobSearch search;

	LivePostingsOnPages(JobSearch search) {
		this.search = search;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {

			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				if (page == null || page.getViewName() == null) {
					return;
				}
				if ("home".equals(page.getViewName())) {
					page.addObject("livePostings", LivePostingsOnPages.this.search.newest(null, null, ON_HOME_PAGE));
				}
				else if ("company/detail".equals(page.getViewName())
						&& page.getModel().get("company") instanceof CompanyView company) {
					page.addObject("livePostings",
							LivePostingsOnPages.this.search.newest(company.id(), null, ON_COMPANY_PAGE));
				}
				else if ("roleguide/guide".equals(page.getViewName())
						&& page.getModel().get("role") instanceof RoleView role) {
					page.addObject("livePostings",
							LivePostingsOnPages.this.search.newest(null, role.id(), ON_ROLE_GUIDE));
				}
			}

		}).addPathPatterns("/", "/companies/*", "/roles/*");
	}

}
