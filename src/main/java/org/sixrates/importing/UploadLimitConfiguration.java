package org.sixrates.importing;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.sixrates.web.UploadLimit;

/** The upload limit filter, ahead of every other filter, Spring Security's included. */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(UploadLimit limit) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(limit));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
