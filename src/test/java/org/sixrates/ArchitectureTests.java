package org.sixrates;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The core stays plain Java: the words, the input errors, the rules and the scoring know
 * nothing of Spring, jOOQ or the database. Module boundaries and cycles are
 * {@link ModularityTests}'.
 */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.sixrates");

	@Test
	void theCoreUsesNeitherSpringNorJooq() {
		noClasses().that()
			.resideInAnyPackage("org.sixrates.rules..", "org.sixrates.scoring..", "org.sixrates.vocabulary..",
					"org.sixrates.input..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.jooq..", "org.sixrates.db..")
			.check(CLASSES);
	}

}
