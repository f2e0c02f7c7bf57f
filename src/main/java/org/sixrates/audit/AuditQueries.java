package org.sixrates.audit;

import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.sixrates.db.tables.records.AuditEventRecord;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the audit trail a page at a time, newest first, filtered by committee (events of
 * that committee, or with a changed row of it) and by user.
 */
@Repository
@Transactional(readOnly = true)
public class AuditQueries {

	/** Events per page. */
	public static final int PAGE_SIZE = 20;

	/** Changed rows shown per event: an import of 100 000 rows lists its first ones. */
	public static final int CHANGES_SHOWN = 20;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final DSLContext dsl;

	public AuditQueries(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Page {@code page} (1-based) of the events; {@code committee} and {@code user} may
	 * be blank. Three queries, whatever the page holds: the events, their counts of
	 * changes and their first changes.
	 */
	public AuditPage find(String committee, String user, int page) {
		Condition where = DSL.noCondition();
		if (committee != null && !committee.isBlank()) {
			where = where.and(AUDIT_EVENT.COMMITTEE.eq(committee.strip())
				.or(DSL.exists(DSL.selectOne()
					.from(AUDIT_CHANGE)
					.where(AUDIT_CHANGE.EVENT_ID.eq(AUDIT_EVENT.ID))
					.and(AUDIT_CHANGE.COMMITTEE.eq(committee.strip())))));
		}
		if (user != null && !user.isBlank()) {
			where = where.and(AUDIT_EVENT.USERNAME.eq(user.strip()));
		}
		long total = dsl.fetchCount(AUDIT_EVENT, where);
		List<AuditEventRecord> events = dsl.selectFrom(AUDIT_EVENT)
			.where(where)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(PAGE_SIZE)
			.offset((long) (page - 1) * PAGE_SIZE)
			.fetch();
		List<Long> ids = events.stream().map(AuditEventRecord::getId).toList();
		Map<Long, Integer> counts = dsl.select(AUDIT_CHANGE.EVENT_ID, DSL.count())
			.from(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.in(ids))
			.groupBy(AUDIT_CHANGE.EVENT_ID)
			.fetchMap(AUDIT_CHANGE.EVENT_ID, DSL.count());
		// each event's first changes, numbered within their event
		Field<Integer> number = DSL.rowNumber()
			.over(DSL.partitionBy(AUDIT_CHANGE.EVENT_ID).orderBy(AUDIT_CHANGE.ID))
			.as("number");
		var numbered = DSL.select(AUDIT_CHANGE.asterisk(), number)
			.from(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.in(ids))
			.asTable("numbered");
		Map<Long, List<AuditEntry.Change>> changes = new HashMap<>();
		dsl.selectFrom(numbered)
			.where(numbered.field(number).le(CHANGES_SHOWN))
			.orderBy(numbered.field(AUDIT_CHANGE.EVENT_ID), numbered.field(AUDIT_CHANGE.ID))
			.forEach(change -> {
				String before = change.get(numbered.field(AUDIT_CHANGE.BEFORE_VALUE));
				changes.computeIfAbsent(change.get(numbered.field(AUDIT_CHANGE.EVENT_ID)), id -> new ArrayList<>())
					.add(new AuditEntry.Change(change.get(numbered.field(AUDIT_CHANGE.ENTITY)),
							change.get(numbered.field(AUDIT_CHANGE.COMMITTEE)),
							change.get(numbered.field(AUDIT_CHANGE.ENTITY_KEY)), before == null,
							change.get(numbered.field(AUDIT_CHANGE.AFTER_VALUE)) == null,
							diff(before, change.get(numbered.field(AUDIT_CHANGE.AFTER_VALUE)))));
			});
		List<AuditEntry> entries = events.stream()
			.map(event -> new AuditEntry(event.getId(), event.getHappenedAt().toInstant(), event.getUsername(),
					event.getAction(), event.getContent(), event.getCommittee(), event.getFileName(), event.getSha256(),
					event.getRowsAdded(), event.getRowsUpdated(), changes.getOrDefault(event.getId(), List.of()),
					counts.getOrDefault(event.getId(), 0), event.getReason()))
			.toList();
		return new AuditPage(entries, page, PAGE_SIZE, total);
	}

	/** Everyone who ever changed something, for the filter. */
	public List<String> users() {
		return dsl.selectDistinct(AUDIT_EVENT.USERNAME)
			.from(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.USERNAME)
			.fetch(AUDIT_EVENT.USERNAME);
	}

	/** Every field of either side, in the order written, each marked changed or not. */
	static List<AuditEntry.FieldChange> diff(String beforeJson, String afterJson) {
		Map<String, String> before = fields(beforeJson);
		Map<String, String> after = fields(afterJson);
		Set<String> names = new LinkedHashSet<>(after.keySet());
		names.addAll(before.keySet());
		List<AuditEntry.FieldChange> diff = new ArrayList<>();
		for (String name : names) {
			String old = before.get(name);
			String now = after.get(name);
			diff.add(new AuditEntry.FieldChange(name, old, now, beforeJson != null && !Objects.equals(old, now)));
		}
		return diff;
	}

	private static Map<String, String> fields(String text) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (text == null) {
			return fields;
		}
		JsonNode node = json.readTree(text);
		for (Map.Entry<String, JsonNode> field : node.properties()) {
			fields.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asString());
		}
		return fields;
	}

}
