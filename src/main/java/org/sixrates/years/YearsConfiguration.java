package org.sixrates.years;

import java.time.Clock;

import org.sixrates.system.SixRatesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The year states on the application's clock, dated in the city office's time zone. */
@Configuration(proxyBeanMethods = false)
class YearsConfiguration {

	@Bean
	YearStates yearStates(Clock clock, SixRatesProperties properties) {
		return new YearStates(clock, properties.zone());
	}

}
