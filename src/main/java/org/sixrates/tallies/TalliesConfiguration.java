package org.sixrates.tallies;

import org.jooq.DSLContext;
import org.sixrates.system.SixRatesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tallies of the application: of approved records only, unless review is off. */
@Configuration(proxyBeanMethods = false)
class TalliesConfiguration {

	@Bean
	TallyRepository tallyRepository(DSLContext dsl, SixRatesProperties properties) {
		return new TallyRepository(dsl, properties.review().required());
	}

}
