package uk.mljobs.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.mljobs.system.SiteProperties;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/** Browsers and crawlers that ask for the old name get the SVG icon. */
	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		registry.addRedirectViewController("/favicon.ico", "/favicon.svg").setStatusCode(HttpStatus.MOVED_PERMANENTLY);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorsInterceptor());
	}

	/**
	 * The stylesheet, the scripts (the few enhancements pages work without) and the
	 * site's icon, each under a content-hashed name ({@link HashedAssets}). Nothing else
	 * is served as a file, so no other link is ever looked up as one.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		HashedAssets.serve(registry, "/css/**", "classpath:/static/css/");
		HashedAssets.serve(registry, "/js/**", "classpath:/static/js/");
		// The icon's hashed name (favicon-3f2a….svg) must match too.
		HashedAssets.serve(registry, "/favicon*.svg", "classpath:/static/icons/");
	}

	/** Before everything else, sessions included: nothing runs for a refused request. */
	@Bean
	FilterRegistrationBean<ReadinessGate> readinessGate(ApplicationAvailability availability) {
		FilterRegistrationBean<ReadinessGate> registration = new FilterRegistrationBean<>(
				new ReadinessGate(availability));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/**
	 * {@code /error} is where the container forwards failures; asked for directly it has
	 * no failure to show, and Boot's error controller called that a 500. It is a 404.
	 */
	@Bean
	FilterRegistrationBean<OncePerRequestFilter> errorPathAskedForDirectly() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						String path = request.getRequestURI().substring(request.getContextPath().length());
						if (path.equals("/error") || path.startsWith("/error/")) {
							response.sendError(HttpStatus.NOT_FOUND.value());
							return;
						}
						chain.doFilter(request, response);
					}

				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		return registration;
	}

	@Bean
	@ConditionalOnProperty("mljobs.instance")
	FilterRegistrationBean<InstanceHeader> instanceHeader(SiteProperties site) {
		FilterRegistrationBean<InstanceHeader> registration = new FilterRegistrationBean<>(
				new InstanceHeader(site.instanceName()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
