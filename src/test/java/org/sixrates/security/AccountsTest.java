package org.sixrates.security;

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
 * The application with the demo city (so with the accounts {@code admin},
 * {@code clerk-landong} and {@code viewer}, all with {@link #PASSWORD}), its own
 * in-memory database and a {@link MutableClock}: one context for the tests of sign-in
 * locks and API tokens. Each test signs in from addresses of its own, so that their
 * counts of failures never meet.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:accounts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR;DB_CLOSE_DELAY=-1",
		"sixrates.demo-data=true", "sixrates.admin-password=" + AccountsTest.PASSWORD })
@AutoConfigureMockMvc
@Import(AccountsTest.Clocks.class)
@interface AccountsTest {

	String PASSWORD = "accounts-test-password";

	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		@Bean
		@Primary
		MutableClock movableClock() {
			return new MutableClock(Instant.parse("2025-06-01T02:00:00Z"));
		}

	}

}
