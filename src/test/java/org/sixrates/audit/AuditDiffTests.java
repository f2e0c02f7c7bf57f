package org.sixrates.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

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
		AuditEntry.Change change = new AuditEntry.Change("RECORD", "LC", "P1", false, false, diff);
		assertThat(change.changed()).extracting(AuditEntry.FieldChange::field)
			.containsExactly("status", "satisfaction");
	}

	@Test
	void anAddedRowHasNoBeforeAndReadsOnOneLine() {
		List<AuditEntry.FieldChange> diff = AuditQueries.diff(null,
				"{\"year\":2025,\"kind\":\"ACTIVITY\",\"subtype\":\"INSPECTION\",\"title\":\"\",\"date\":null,\"quantity\":12}");

		assertThat(diff).allSatisfy(field -> assertThat(field.changed()).isFalse());
		AuditEntry.Change added = new AuditEntry.Change("RECORD", "LC", "A1", true, false, diff);
		AuditText text = new AuditText();
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			assertThat(text.summary(added)).isEqualTo("Year=2025; Kind=Activity; Subtype=Inspection; Quantity=12");
			LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
			assertThat(text.summary(added)).isEqualTo("年度=2025；类别=活动；子类=视察；数量=12");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void fieldsAndValuesReadInTheReadersLanguageAndUnknownOnesAsWritten() {
		AuditText text = new AuditText();
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			assertThat(text.field("RECORD", "status")).isEqualTo("办理状态");
			assertThat(text.value("RECORD", "status", "COMPLETED")).isEqualTo("已办结");
			assertThat(text.value("RECORD", "converted", "true")).isEqualTo("是");
			assertThat(text.field("COMMITTEE_YEAR", "members")).isEqualTo("委员人数");
			assertThat(text.value("COMMITTEE_YEAR", "type", "CITY_COUNTY")).isEqualTo("县级市");
			assertThat(text.field("RECORD", "gone")).isEqualTo("gone");
			assertThat(text.value("RECORD", "level", "GALACTIC")).isEqualTo("GALACTIC");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

}
