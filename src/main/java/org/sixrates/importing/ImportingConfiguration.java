package org.sixrates.importing;

import java.time.Clock;

import org.jooq.DSLContext;
import org.sixrates.system.SixRatesProperties;
import org.sixrates.years.YearStates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The importer as a bean; the system clock and the year states on it unless the
 * application defines them.
 */
@Configuration(proxyBeanMethods = false)
class ImportingConfiguration {

	@Bean
	Importer importer(DSLContext dsl, ObjectProvider<Clock> clock, ObjectProvider<YearStates> years,
			ObjectProvider<SixRatesProperties> properties) {
		Clock time = clock.getIfAvailable(Clock::systemUTC);
		SixRatesProperties settings = properties.getIfAvailable();
		return new Importer(dsl, time, years.getIfAvailable(() -> new YearStates(time, YearStates.DEFAULT_ZONE)),
				settings == null || settings.review().required());
	}

}
