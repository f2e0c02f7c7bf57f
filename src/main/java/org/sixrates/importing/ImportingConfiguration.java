package org.sixrates.importing;

import java.time.Clock;

import org.jooq.DSLContext;
import org.sixrates.years.YearStates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The importer as a bean; the system clock unless the application defines a
 * {@link Clock}.
 */
@Configuration(proxyBeanMethods = false)
class ImportingConfiguration {

	@Bean
	Importer importer(DSLContext dsl, ObjectProvider<Clock> clock, YearStates years) {
		return new Importer(dsl, clock.getIfAvailable(Clock::systemUTC), years);
	}

}
