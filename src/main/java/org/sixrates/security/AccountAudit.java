package org.sixrates.security;

import static org.sixrates.db.Tables.AUDIT_CHANGE;
import static org.sixrates.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounts' part of the audit trail: a token made or revoked, a sign-in locked, a
 * user created, changed, disabled or enabled, a password reset or changed. Each is an
 * {@code audit_event} of content {@code USERS} with one {@code audit_change}, the token's
 * fields (never its secret), the lock's or the user's (never its password or hash), so
 * that the audit page shows them as it shows a record. A token's and a user's rows are
 * written in the transaction that changes it.
 */
@Component
class AccountAudit {

	static final String CONTENT = "USERS";

	private static final int NAME_LENGTH = 100;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final DSLContext dsl;

	private final Clock clock;

	AccountAudit(DSLContext dsl, Clock clock) {
		this.dsl = dsl;
		this.clock = clock;
	}

	void tokenCreated(String by, ApiToken token, String committee) {
		write(by, "TOKEN_CREATED", committee, 1, 0, "API_TOKEN", String.valueOf(token.id()), null, fields(token));
	}

	void tokenRevoked(String by, ApiToken before, ApiToken after, String committee) {
		write(by, "TOKEN_REVOKED", committee, 0, 1, "API_TOKEN", String.valueOf(after.id()), fields(before),
				fields(after));
	}

	/**
	 * A lock imposed; {@code account} is the account the name belongs to, or
	 * {@code anonymous} when there is none (the name tried is among the fields).
	 */
	void signInLocked(SignInThrottle.Lock lock, String account, String committee) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("scope", lock.scope().name());
		fields.put("user", (lock.name() == null) ? null : LogText.cut(lock.name(), NAME_LENGTH));
		fields.put("address", lock.address());
		fields.put("failures", lock.failures());
		fields.put("lockedFor", lock.duration().toString());
		fields.put("lockedUntil", lock.until().toString());
		write(account, "SIGN_IN_LOCKED", committee, 1, 0, "SIGN_IN", LogText.cut(lock.address(), NAME_LENGTH), null,
				json.writeValueAsString(fields));
	}

	/**
	 * A user of the database created ({@code before} {@code null}) or changed:
	 * {@code action} is one of {@code USER_CREATED}, {@code USER_CHANGED},
	 * {@code USER_DISABLED}, {@code USER_ENABLED}, {@code PASSWORD_RESET},
	 * {@code PASSWORD_CHANGED}.
	 */
	void user(String by, String action, UserAccount before, UserAccount after) {
		String committee = (after.committee() != null) ? after.committee()
				: (before == null) ? null : before.committee();
		write(by, action, committee, (before == null) ? 1 : 0, (before == null) ? 0 : 1, "USER", after.name(),
				(before == null) ? null : fields(before), fields(after));
	}

	private void write(String user, String action, String committee, int added, int updated, String entity, String key,
			String before, String after) {
		Instant now = this.clock.instant();
		Long event = this.dsl.insertInto(AUDIT_EVENT)
			.set(AUDIT_EVENT.HAPPENED_AT, now.atOffset(ZoneOffset.UTC))
			.set(AUDIT_EVENT.USERNAME, LogText.cut(user, NAME_LENGTH))
			.set(AUDIT_EVENT.ACTION, action)
			.set(AUDIT_EVENT.CONTENT, CONTENT)
			.set(AUDIT_EVENT.COMMITTEE, committee)
			.set(AUDIT_EVENT.ROWS_ADDED, added)
			.set(AUDIT_EVENT.ROWS_UPDATED, updated)
			.returningResult(AUDIT_EVENT.ID)
			.fetchOne(AUDIT_EVENT.ID);
		this.dsl.insertInto(AUDIT_CHANGE)
			.set(AUDIT_CHANGE.EVENT_ID, event)
			.set(AUDIT_CHANGE.ENTITY, entity)
			// the column is the committee a changed row belongs to; an account of the
			// city
			// office or a viewer has none
			.set(AUDIT_CHANGE.COMMITTEE, (committee == null) ? "" : committee)
			.set(AUDIT_CHANGE.ENTITY_KEY, key)
			.set(AUDIT_CHANGE.BEFORE_VALUE, before)
			.set(AUDIT_CHANGE.AFTER_VALUE, after)
			.execute();
	}

	private static String fields(UserAccount user) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("user", user.name());
		fields.put("role", user.role().name());
		fields.put("committee", user.committee());
		fields.put("enabled", user.enabled());
		fields.put("passwordTemporary", user.temporaryPassword());
		fields.put("passwordSetAt", user.passwordSetAt().toString());
		fields.put("passwordSetBy", user.passwordSetBy());
		return json.writeValueAsString(fields);
	}

	private static String fields(ApiToken token) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("id", token.id());
		fields.put("user", token.user());
		fields.put("name", token.name());
		fields.put("createdAt", token.createdAt().toString());
		fields.put("createdBy", token.createdBy());
		fields.put("expiresAt", (token.expiresAt() == null) ? null : token.expiresAt().toString());
		fields.put("revokedAt", (token.revokedAt() == null) ? null : token.revokedAt().toString());
		return json.writeValueAsString(fields);
	}

}
