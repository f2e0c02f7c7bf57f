package org.sixrates.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/**
 * Adds the settings of {@link H2Urls} to the H2 URL the application is given, once the
 * properties are bound, whatever their source (command line, environment, a properties
 * file, a test). The data source is built from {@code spring.datasource.*}, so Flyway and
 * jOOQ, which use it, get them too; Flyway's own {@code spring.flyway.url}, when set, is
 * completed in the same way.
 */
class H2UrlSettings implements BeanPostProcessor {

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSourceProperties dataSource && H2Urls.isH2(dataSource.getUrl())) {
			dataSource.setUrl(H2Urls.withRequiredSettings(dataSource.getUrl()));
		}
		if (bean instanceof FlywayProperties flyway && H2Urls.isH2(flyway.getUrl())) {
			flyway.setUrl(H2Urls.withRequiredSettings(flyway.getUrl()));
		}
		return bean;
	}

}
