package org.sixrates.importing;

import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.sixrates.importing.ImportResult;
import org.sixrates.importing.Importer;
import org.sixrates.input.BadInputException;
import org.sixrates.security.Access;
import org.sixrates.security.Role;
import org.sixrates.security.Denied;
import org.springframework.stereotype.Service;

/**
 * Runs an import for the page or the API and counts it: {@code sixrates.imports} by
 * content and outcome (success or refused), {@code sixrates.import.rows} by content and
 * change (added or updated).
 */
@Service
class Imports {

	private final Importer importer;

	private final MeterRegistry registry;

	Imports(Importer importer, MeterRegistry registry) {
		this.importer = importer;
		this.registry = registry;
		// registered up front so that a scrape shows them at 0 before the first import
		for (ImportContent content : ImportContent.values()) {
			imports(content, "success");
			imports(content, "refused");
			rows(content, "added");
			rows(content, "updated");
		}
	}

	/**
	 * Imports one file as the signed-in user may: the committees file only for the city
	 * office, a clerk's records file only with its own committee's rows, with the city
	 * office's reason for a change of a closed year. A refused file throws
	 * {@link BadInputException} and changes nothing. The caller closes the upload.
	 */
	ImportResult run(ImportContent content, Upload upload, String importedBy, String reason) {
		ImportResult result;
		try {
			// the one place where a clerk's imports are limited: no committees, its own
			// records only
			Optional<String> scope = Access.committeeScope();
			result = switch (content) {
				case COMMITTEES -> {
					if (!Access.hasRole(Role.ADMIN)) {
						throw new Denied("problem.committeesFile");
					}
					yield importer.importCommittees(upload, importedBy, reason);
				}
				case RECORDS -> importer.importRecords(upload, importedBy, scope.orElse(null), reason);
			};
		}
		catch (BadInputException ex) {
			imports(content, "refused").increment();
			throw ex;
		}
		imports(content, "success").increment();
		rows(content, "added").increment(result.added());
		rows(content, "updated").increment(result.updated());
		return result;
	}

	private Counter imports(ImportContent content, String outcome) {
		return Counter.builder("sixrates.imports")
			.description("Files imported or refused")
			.tag("content", content.tag())
			.tag("outcome", outcome)
			.register(registry);
	}

	private Counter rows(ImportContent content, String change) {
		return Counter.builder("sixrates.import.rows")
			.description("Rows added or updated by imports")
			.tag("content", content.tag())
			.tag("change", change)
			.register(registry);
	}

}
