package org.sixrates.security;

import static org.sixrates.db.Tables.APP_USER;
import static org.sixrates.db.Tables.COMMITTEE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sixrates.db.tables.records.AppUserRecord;
import org.springframework.stereotype.Repository;

/**
 * The users of table {@code app_user}: read at every sign-in and, for a session of one of
 * them, at every page (one lookup by primary key), so that disabling a user or changing
 * its role takes effect at its next request.
 */
@Repository
class StoredUsers {

	private final DSLContext dsl;

	StoredUsers(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<Stored> find(String name) {
		if (name == null) {
			return Optional.empty();
		}
		return this.dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(name)).fetchOptional(StoredUsers::stored);
	}

	/** The row of {@code name} locked until the transaction ends. */
	Optional<Stored> lock(String name) {
		return this.dsl.selectFrom(APP_USER)
			.where(APP_USER.USERNAME.eq(name))
			.forUpdate()
			.fetchOptional(StoredUsers::stored);
	}

	/**
	 * The users of the city office, locked until the transaction ends, so that two
	 * administrators disabling each other at once cannot leave none.
	 */
	List<UserAccount> lockAdmins() {
		return this.dsl.selectFrom(APP_USER)
			.where(APP_USER.ROLE.eq(Role.ADMIN.name()))
			.orderBy(APP_USER.USERNAME)
			.forUpdate()
			.fetch(row -> stored(row).account());
	}

	List<UserAccount> all() {
		return this.dsl.selectFrom(APP_USER).orderBy(APP_USER.USERNAME).fetch(row -> stored(row).account());
	}

	void insert(UserAccount account, String hash) {
		AppUserRecord row = this.dsl.newRecord(APP_USER);
		write(row, account, hash);
		row.setCreatedAt(utc(account.createdAt()));
		row.setCreatedBy(account.createdBy());
		row.store();
	}

	void update(UserAccount account, String hash) {
		AppUserRecord row = this.dsl.fetchSingle(APP_USER, APP_USER.USERNAME.eq(account.name()));
		write(row, account, hash);
		row.store();
	}

	/** The committees a clerk may be bound to: code and name, by code. */
	Map<String, String> committees() {
		Map<String, String> committees = new LinkedHashMap<>();
		this.dsl.select(COMMITTEE.CODE, COMMITTEE.NAME)
			.from(COMMITTEE)
			.orderBy(COMMITTEE.CODE)
			.forEach(row -> committees.put(row.value1(), row.value2()));
		return committees;
	}

	boolean committeeExists(String code) {
		return this.dsl.fetchExists(COMMITTEE, COMMITTEE.CODE.eq(code));
	}

	private static void write(AppUserRecord row, UserAccount account, String hash) {
		row.setUsername(account.name());
		row.setPasswordHash(hash);
		row.setRole(account.role().name());
		row.setCommittee(account.committee());
		row.setEnabled(account.enabled());
		row.setPasswordTemporary(account.temporaryPassword());
		row.setPasswordSetAt(utc(account.passwordSetAt()));
		row.setPasswordSetBy(account.passwordSetBy());
		row.setVersion(account.version());
	}

	private static Stored stored(AppUserRecord row) {
		return new Stored(
				new UserAccount(row.getUsername(), Role.valueOf(row.getRole()), row.getCommittee(), row.getEnabled(),
						false, false, row.getPasswordTemporary(), instant(row.getPasswordSetAt()),
						row.getPasswordSetBy(), instant(row.getCreatedAt()), row.getCreatedBy(), row.getVersion()),
				row.getPasswordHash());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return (time == null) ? null : time.toInstant();
	}

	/** A row: the account and its password's hash. */
	record Stored(UserAccount account, String hash) {
	}

}
