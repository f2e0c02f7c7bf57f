package org.sixrates.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sixrates.security.Access;
import org.sixrates.security.Denied;
import org.sixrates.security.Role;
import org.sixrates.system.SixRatesProperties;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Field;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.web.Labels;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The templates of the import page, {@code /import/templates/records.xlsx} and
 * {@code committees.xlsx}, for those who may import them: the records template for the
 * city office and the clerks, each clerk's listing its own committee only; the committees
 * template for the office, which alone imports committees.
 */
@Controller
class TemplatePages {

	private final DSLContext dsl;

	private final Clock clock;

	private final SixRatesProperties properties;

	TemplatePages(DSLContext dsl, Clock clock, SixRatesProperties properties) {
		this.dsl = dsl;
		this.clock = clock;
		this.properties = properties;
	}

	@GetMapping("/import/templates/{content:committees|records}.xlsx")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> template(@PathVariable String content) {
		ImportContent kind = ImportContent.valueOf(content.toUpperCase(Locale.ROOT));
		boolean office = Access.hasRole(Role.ADMIN);
		if (kind == ImportContent.COMMITTEES && !office) {
			throw new Denied("problem.committeesFile");
		}
		CommitteeDirectory directory = CommitteeDirectory.load(dsl);
		Optional<String> scope = Access.committeeScope();
		Map<String, String> committees = new LinkedHashMap<>();
		directory.names()
			.entrySet()
			.stream()
			.filter(committee -> scope.map(committee.getKey()::equals).orElse(true))
			.forEach(committee -> committees.put(committee.getKey(), committee.getValue()));
		scope.ifPresent(code -> committees.putIfAbsent(code, code));
		int year = committees.keySet()
			.stream()
			.map(directory::years)
			.filter(years -> years != null && !years.isEmpty())
			.map(Collections::max)
			.max(Integer::compare)
			.orElse(LocalDate.now(clock.withZone(properties.zone())).getYear());
		byte[] workbook = new ImportTemplate(kind, fields(kind, office), committees, year, Labels.locale()).write();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ImportApi.XLSX))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(content + ".xlsx").build().toString())
			.body(workbook);
	}

	/**
	 * The columns of a template: a records file's without its review state for a clerk,
	 * who never fills it in.
	 */
	static List<Field> fields(ImportContent content, boolean office) {
		if (content == ImportContent.COMMITTEES) {
			return List.of(CommitteeField.values());
		}
		return Arrays.stream(RecordField.values())
			.filter(field -> office || field != RecordField.REVIEW)
			.map(Field.class::cast)
			.toList();
	}

}
