package uk.mljobs.web;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.mljobs.system.SiteProperties;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorsInterceptor());
	}

	/**
	 * Scripts beside the stylesheets (which Boot serves from {@code /css/}): the few
	 * enhancements that pages work without.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
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
