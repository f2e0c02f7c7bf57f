package org.sixrates.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database as the application opens it: H2 URLs completed with the settings the
 * schema needs, and a first migration that leaves nothing behind when it fails.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	// static: a post-processor is made before the beans it post-processes
	@Bean
	static BeanPostProcessor h2UrlSettings() {
		return new H2UrlSettings();
	}

	@Bean
	FlywayMigrationStrategy firstMigration() {
		return FirstMigration::migrate;
	}

}
