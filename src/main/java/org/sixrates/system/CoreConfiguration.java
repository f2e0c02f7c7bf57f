package org.sixrates.system;

import java.time.Clock;

import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeFile;
import org.sixrates.rules.SchemeSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java core wired into the application: the clock and the active scheme. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SixRatesProperties.class)
class CoreConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/**
	 * Loaded once at start: a bad scheme stops the application with the file, line and
	 * column.
	 */
	@Bean
	Scheme scheme(SchemeFile file) {
		return file.scheme();
	}

	/** The active scheme's file as read at start, kept whole in every snapshot. */
	@Bean
	SchemeFile schemeFile(SixRatesProperties properties) {
		return SchemeSource.file(properties.rules());
	}

}
