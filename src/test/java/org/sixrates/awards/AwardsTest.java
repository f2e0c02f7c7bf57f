package org.sixrates.awards;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.sixrates.testing.MutableClock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The application on an in-memory database of its own with a {@link MutableClock} at
 * 2026-01-05 10:00 in the city (02:00 UTC): one context for the tests of the year's
 * moves, its entry rules and its objections, each test loading {@link AwardCity} afresh.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:awards", "sixrates.demo-data=false",
		"sixrates.admin-password=awards-test-password" })
@AutoConfigureMockMvc
@Import(AwardsTest.Clocks.class)
@interface AwardsTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Instant.parse("2026-01-05T02:00:00Z"));
		}

	}

}
