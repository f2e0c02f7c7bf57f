package org.sixrates.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuditDiffTests {

	@Test
	void anUpdateMarksTheFieldsWhoseValueChanged() {
		List<AuditEntry.FieldChange> diff = AuditQueries.diff(
				"{\"year\":2024,\"status\":\"FILED\",\"satisfaction\":null,\"score\":null}",
				"{\"year\":2024,\"status\":\"COMPLETED\",\"satisfaction\":\"SATISFIED\",\"score\":null}");

		assertThat(diff)
			.extracting(AuditEntry.FieldChange::field, AuditEntry.FieldChange::before, AuditEntry.FieldChange::after,
					AuditEntry.FieldChange::changed)
			.containsExactly(tuple("year", "2024", "2024", false), tuple("status", "FILED", "COMPLETED", true),
					tuple("satisfaction", null, "SATISFIED", true), tuple("score", null, null, false));
		AuditEntry.Change change = new AuditEntry.Change("RECORD", "LC", "P1", false, diff);
		assertThat(change.changed()).extracting(AuditEntry.FieldChange::field)
			.containsExactly("status", "satisfaction");
	}

	@Test
	void anAddedRowHasNoBeforeAndReadsOnOneLine() {
		List<AuditEntry.FieldChange> diff = AuditQueries.diff(null,
				"{\"year\":2025,\"kind\":\"ACTIVITY\",\"subtype\":\"INSPECTION\",\"title\":\"\",\"date\":null,\"quantity\":12}");

		assertThat(diff).allSatisfy(field -> assertThat(field.changed()).isFalse());
		assertThat(new AuditEntry.Change("RECORD", "LC", "A1", true, diff).summary())
			.isEqualTo("year=2025; kind=ACTIVITY; subtype=INSPECTION; quantity=12");
	}

}
