package org.sixrates.importview;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/** The upload limit filter, ahead of every other filter, Spring Security's included. */
@Configuration(proxyBeanMethods = false)
class UploadLimitConfiguration {

	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
			@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(
				new UploadLimitFilter(limit));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
