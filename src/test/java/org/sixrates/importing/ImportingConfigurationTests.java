package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ImportingConfigurationTests {

	@Test
	void theImporterIsABeanEvenWithoutAClockBean() {
		new ApplicationContextRunner().withUserConfiguration(ImportingConfiguration.class)
			.withBean(DSLContext.class, () -> DSL.using(SQLDialect.H2))
			.run(context -> assertThat(context).hasSingleBean(Importer.class));
	}

}
