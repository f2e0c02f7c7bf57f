package org.sixrates.audit;

import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sixrates.db.tables.records.AuditEventRecord;
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
	 * be blank.
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
		List<AuditEntry> entries = new ArrayList<>();
		for (AuditEventRecord event : dsl.selectFrom(AUDIT_EVENT)
			.where(where)
			.orderBy(AUDIT_EVENT.ID.desc())
			.limit(PAGE_SIZE)
			.offset((long) (page - 1) * PAGE_SIZE)
			.fetch()) {
			entries.add(entry(event));
		}
		return new AuditPage(entries, page, PAGE_SIZE, total);
	}

	/** Everyone who ever changed something, for the filter. */
	public List<String> users() {
		return dsl.selectDistinct(AUDIT_EVENT.USERNAME)
			.from(AUDIT_EVENT)
			.orderBy(AUDIT_EVENT.USERNAME)
			.fetch(AUDIT_EVENT.USERNAME);
	}

	private AuditEntry entry(AuditEventRecord event) {
		int count = dsl.fetchCount(AUDIT_CHANGE, AUDIT_CHANGE.EVENT_ID.eq(event.getId()));
		List<AuditEntry.Change> changes = dsl.selectFrom(AUDIT_CHANGE)
			.where(AUDIT_CHANGE.EVENT_ID.eq(event.getId()))
			.orderBy(AUDIT_CHANGE.ID)
			.limit(CHANGES_SHOWN)
			.fetch(change -> new AuditEntry.Change(change.getEntity(), change.getCommittee(), change.getEntityKey(),
					change.getBeforeValue() == null, diff(change.getBeforeValue(), change.getAfterValue())));
		return new AuditEntry(event.getId(), event.getHappenedAt().toInstant(), event.getUsername(), event.getAction(),
				event.getContent(), event.getCommittee(), event.getFileName(), event.getSha256(), event.getRowsAdded(),
				event.getRowsUpdated(), changes, count);
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
