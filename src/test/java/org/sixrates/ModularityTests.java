package org.sixrates;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Every top-level package is a module: it reaches into another only through that module's
 * base package (its sub-packages are its own), and no two modules depend on each other in
 * a circle.
 */
class ModularityTests {

	private static final ApplicationModules MODULES = ApplicationModules.of(SixRatesApplication.class);

	@Test
	void modulesKeepTheirBoundariesAndFormNoCycle() {
		MODULES.verify();
	}

}
