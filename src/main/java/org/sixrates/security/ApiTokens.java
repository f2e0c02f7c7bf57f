package org.sixrates.security;

import static org.sixrates.db.Tables.API_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sixrates.db.tables.records.ApiTokenRecord;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: made and revoked by their user or by the city office, checked at every use
 * by one lookup of their SHA-256, which is all that is stored. A token is 32 random
 * bytes: a hash that fast is enough for a secret nobody chose, where a password needs
 * BCrypt's slowness.
 */
@Repository
class ApiTokens {

	/** Marks the secret as ours, for the secret scanners of code hosts. */
	static final String PREFIX = "sr_";

	static final int LONGEST_DAYS = 3650;

	static final int NAME_LENGTH = 100;

	/** The last use is written at most this often per token, not at every request. */
	static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

	private static final SecureRandom random = new SecureRandom();

	private final DSLContext dsl;

	private final Clock clock;

	private final Accounts accounts;

	private final AccountAudit audit;

	private final Map<Long, Instant> touched = new ConcurrentHashMap<>();

	ApiTokens(DSLContext dsl, Clock clock, Accounts accounts, AccountAudit audit) {
		this.dsl = dsl;
		this.clock = clock;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * The valid and expired tokens the current user may see, newest first: its own, or
	 * for the city office everyone's ({@code user} blank) or {@code user}'s.
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> visible(String user) {
		String self = Access.userName();
		Condition whose;
		if (Access.hasRole(Role.ADMIN)) {
			whose = (user == null || user.isBlank()) ? DSL.noCondition() : API_TOKEN.USERNAME.eq(user.strip());
		}
		else if (user == null || user.isBlank() || user.strip().equals(self)) {
			whose = API_TOKEN.USERNAME.eq(self);
		}
		else {
			throw new AccessDeniedException("The tokens of " + user + " are not yours to see");
		}
		return this.dsl.selectFrom(API_TOKEN)
			.where(whose)
			.and(API_TOKEN.REVOKED_AT.isNull())
			.orderBy(API_TOKEN.ID.desc())
			.fetch(ApiTokens::token);
	}

	/**
	 * A new token for {@code owner} (blank: the current user; another user only for the
	 * city office), valid for {@code days} ({@code null}: until revoked).
	 */
	@Transactional
	public ApiToken.Created create(String owner, String name, Integer days) {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication) {
			throw new AccessDeniedException("A token cannot make tokens: sign in with your password to make one");
		}
		String self = Access.userName();
		String user = (owner == null || owner.isBlank()) ? self : owner.strip();
		if (!user.equals(self)) {
			if (!Access.hasRole(Role.ADMIN)) {
				throw new AccessDeniedException("Only the city office makes tokens for other users");
			}
			if (this.accounts.active(user).isEmpty()) {
				throw new TokenRequestException(TokenRequestException.Reason.USER, "There is no user " + user);
			}
		}
		String label = (name == null) ? "" : name.strip();
		if (label.isEmpty() || label.length() > NAME_LENGTH || !LogText.cut(label, NAME_LENGTH).equals(label)) {
			throw new TokenRequestException(TokenRequestException.Reason.NAME,
					"A token needs a name of 1 to " + NAME_LENGTH + " characters, without control characters");
		}
		if (days != null && (days < 1 || days > LONGEST_DAYS)) {
			throw new TokenRequestException(TokenRequestException.Reason.VALIDITY, "expiresInDays must be from 1 to "
					+ LONGEST_DAYS + ", or left out for a token that does not expire");
		}
		Instant now = this.clock.instant();
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiTokenRecord row = this.dsl.newRecord(API_TOKEN);
		row.setUsername(user);
		row.setName(label);
		row.setSha256(sha256(secret));
		row.setCreatedAt(utc(now));
		row.setCreatedBy(self);
		row.setExpiresAt((days == null) ? null : utc(now.plus(Duration.ofDays(days))));
		row.store();
		ApiToken token = token(row);
		this.audit.tokenCreated(self, token, this.accounts.committee(user));
		return new ApiToken.Created(token, secret);
	}

	/**
	 * Revokes token {@code id}: the revoked token, or empty where there is no such valid
	 * token or it is another user's and the current user is not the city office.
	 */
	@Transactional
	public Optional<ApiToken> revoke(long id) {
		Optional<ApiToken> found = this.dsl.selectFrom(API_TOKEN)
			.where(API_TOKEN.ID.eq(id))
			.and(API_TOKEN.REVOKED_AT.isNull())
			.forUpdate()
			.fetchOptional(ApiTokens::token)
			.filter(token -> token.user().equals(Access.userName()) || Access.hasRole(Role.ADMIN));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ApiToken before = found.get();
		Instant now = this.clock.instant();
		this.dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, utc(now)).where(API_TOKEN.ID.eq(id)).execute();
		ApiToken after = new ApiToken(before.id(), before.user(), before.name(), before.createdAt(), before.createdBy(),
				before.lastUsedAt(), before.expiresAt(), now);
		this.audit.tokenRevoked(Access.userName(), before, after, this.accounts.committee(before.user()));
		this.touched.remove(id);
		return Optional.of(after);
	}

	/**
	 * Whom a secret sent by a script acts for: empty when it is unknown, revoked or
	 * expired.
	 */
	Optional<Use> use(String secret) {
		if (!secret.startsWith(PREFIX) || secret.length() > 200) {
			return Optional.empty();
		}
		var row = this.dsl.select(API_TOKEN.ID, API_TOKEN.USERNAME, API_TOKEN.EXPIRES_AT)
			.from(API_TOKEN)
			.where(API_TOKEN.SHA256.eq(sha256(secret)))
			.and(API_TOKEN.REVOKED_AT.isNull())
			.fetchOne();
		Instant now = this.clock.instant();
		if (row == null || (row.value3() != null && !now.isBefore(row.value3().toInstant()))) {
			return Optional.empty();
		}
		touch(row.value1(), now);
		return Optional.of(new Use(row.value1(), row.value2()));
	}

	/** Writes the last use when the one written is a minute old. */
	private void touch(long id, Instant now) {
		boolean[] due = { false };
		this.touched.compute(id, (key, written) -> {
			if (written == null || !written.plus(TOUCH_EVERY).isAfter(now)) {
				due[0] = true;
				return now;
			}
			return written;
		});
		if (due[0]) {
			this.dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, utc(now)).where(API_TOKEN.ID.eq(id)).execute();
		}
	}

	static String sha256(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return (time == null) ? null : time.toInstant();
	}

	private static ApiToken token(ApiTokenRecord row) {
		return new ApiToken(row.getId(), row.getUsername(), row.getName(), instant(row.getCreatedAt()),
				row.getCreatedBy(), instant(row.getLastUsedAt()), instant(row.getExpiresAt()),
				instant(row.getRevokedAt()));
	}

	/** A token in use: its id and the account it acts for. */
	record Use(long id, String user) {
	}

}
