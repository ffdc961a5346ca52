package uk.mljobs.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import uk.mljobs.system.SiteProperties;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new FormErrorsInterceptor());
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
