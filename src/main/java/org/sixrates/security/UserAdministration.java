package org.sixrates.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The users of the database: the city office creates them, binds a clerk to a committee
 * or gives another role, disables and enables them, resets a password; every user changes
 * its own. Users of the settings are not changed here. Every change raises the row's
 * version (which ends the user's sessions, see {@link AccountSessions}) and is audited in
 * its transaction; the last active user of the city office is never disabled or given
 * another role.
 */
@Service
class UserAdministration {

	/** Letters and digits of any script, and {@code . _ - @}: 2 to 64 of them. */
	static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{2,64}");

	private final StoredUsers store;

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final AccountAudit audit;

	private final Clock clock;

	UserAdministration(StoredUsers store, Accounts accounts, PasswordEncoder encoder, AccountAudit audit, Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		checkOffice();
		return this.accounts.all();
	}

	/** The committees a clerk may be bound to, code and name. */
	@Transactional(readOnly = true)
	public Map<String, String> committees() {
		return this.store.committees();
	}

	/**
	 * A new user; {@code password} blank: a generated one, returned to be shown once.
	 * Either way its owner is asked to choose its own at its first sign-in.
	 */
	@Transactional
	public Optional<String> create(String name, Role role, String committee, String password, String confirmation) {
		checkOffice();
		String user = (name == null) ? "" : name.strip();
		if (!NAME.matcher(user).matches()) {
			throw new AccountRefused("problem.account.name");
		}
		if (this.accounts.isConfigured(user)) {
			throw new AccountRefused("problem.account.configured", user);
		}
		String lower = user.toLowerCase(Locale.ROOT);
		boolean taken = this.accounts.all()
			.stream()
			.anyMatch(account -> account.name().toLowerCase(Locale.ROOT).equals(lower));
		if (taken) {
			throw new AccountRefused("problem.account.taken", user);
		}
		Role chosen = checkRole(role);
		String bound = checkCommittee(chosen, committee);
		String generated = blank(password) ? Users.generatedPassword() : null;
		String clear = (generated != null) ? generated : checkedPassword(user, password, confirmation);
		Instant now = this.clock.instant();
		String by = Access.userName();
		UserAccount account = new UserAccount(user, chosen, bound, true, false, false, true, now, by, now, by, 1);
		this.store.insert(account, this.encoder.encode(clear));
		this.audit.user(by, "USER_CREATED", null, account);
		return Optional.ofNullable(generated);
	}

	/** Gives {@code name} another role, or binds a clerk to another committee. */
	@Transactional
	public void bind(String name, Role role, String committee) {
		checkOffice();
		UserAccount before = editable(name);
		Role chosen = checkRole(role);
		String bound = checkCommittee(chosen, committee);
		if (chosen == before.role() && Objects.equals(bound, before.committee())) {
			return;
		}
		if (chosen != Role.ADMIN) {
			keepAnAdmin(before);
		}
		save("USER_CHANGED", before, changed(before, chosen, bound, before.enabled()), null);
	}

	@Transactional
	public void enable(String name, boolean enabled) {
		checkOffice();
		UserAccount before = editable(name);
		if (before.enabled() == enabled) {
			return;
		}
		if (!enabled) {
			keepAnAdmin(before);
		}
		save(enabled ? "USER_ENABLED" : "USER_DISABLED", before,
				changed(before, before.role(), before.committee(), enabled), null);
	}

	/**
	 * A new password for {@code name}, set by the office: {@code password} blank, a
	 * generated one, returned to be shown once. Its sessions end; it is asked to choose
	 * its own at its next sign-in.
	 */
	@Transactional
	public Optional<String> resetPassword(String name, String password, String confirmation) {
		checkOffice();
		UserAccount before = editable(name);
		String generated = blank(password) ? Users.generatedPassword() : null;
		String clear = (generated != null) ? generated : checkedPassword(before.name(), password, confirmation);
		save("PASSWORD_RESET", before, passwordSet(before, true), this.encoder.encode(clear));
		return Optional.ofNullable(generated);
	}

	/**
	 * The signed-in user's new password, after its current one: a wrong current password
	 * is refused (the caller counts it as a failed sign-in).
	 */
	@Transactional
	public void changeOwnPassword(String current, String password, String confirmation) {
		String self = Access.userName();
		if (this.accounts.isConfigured(self)) {
			throw new AccountRefused("problem.account.configuredPassword");
		}
		// no row, no password that could match
		StoredUsers.Stored row = this.store.lock(self).orElseThrow(WrongPassword::new);
		if (current == null || !this.encoder.matches(current, row.hash())) {
			throw new WrongPassword();
		}
		checkedPassword(self, password, confirmation);
		if (this.encoder.matches(password, row.hash())) {
			throw new AccountRefused("problem.account.passwordSame");
		}
		save("PASSWORD_CHANGED", row.account(), passwordSet(row.account(), false), this.encoder.encode(password));
	}

	private void save(String action, UserAccount before, UserAccount after, String newHash) {
		String hash = (newHash != null) ? newHash : this.store.find(before.name()).orElseThrow().hash();
		this.store.update(after, hash);
		this.audit.user(Access.userName(), action, before, after);
	}

	/** A user of the database, locked for this transaction; 404 where there is none. */
	private UserAccount editable(String name) {
		if (this.accounts.isConfigured(name)) {
			throw new AccountRefused("problem.account.configured", name);
		}
		return this.store.lock(name).map(StoredUsers.Stored::account).orElseThrow(() -> new NoSuchUser(name));
	}

	private void keepAnAdmin(UserAccount leaving) {
		if (!leaving.activeAdmin()) {
			return;
		}
		long others = this.accounts.configuredAdmins() + this.store.lockAdmins()
			.stream()
			.filter(UserAccount::enabled)
			.filter(admin -> !admin.name().equals(leaving.name()))
			.filter(admin -> !this.accounts.isConfigured(admin.name()))
			.count();
		if (others == 0) {
			throw new AccountRefused("problem.account.lastAdmin", leaving.name());
		}
	}

	private static Role checkRole(Role role) {
		if (role == null) {
			throw new AccountRefused("problem.account.role");
		}
		return role;
	}

	private String checkCommittee(Role role, String committee) {
		if (role != Role.CLERK) {
			return null;
		}
		String code = (committee == null) ? "" : committee.strip();
		if (code.isEmpty()) {
			throw new AccountRefused("problem.account.committeeMissing");
		}
		if (!this.store.committeeExists(code)) {
			throw new AccountRefused("problem.account.committeeUnknown", code);
		}
		return code;
	}

	private static String checkedPassword(String user, String password, String confirmation) {
		PasswordRules.check(user, password, confirmation);
		return password;
	}

	private UserAccount changed(UserAccount before, Role role, String committee, boolean enabled) {
		return new UserAccount(before.name(), role, committee, enabled, false, false, before.temporaryPassword(),
				before.passwordSetAt(), before.passwordSetBy(), before.createdAt(), before.createdBy(),
				before.version() + 1);
	}

	private UserAccount passwordSet(UserAccount before, boolean temporary) {
		return new UserAccount(before.name(), before.role(), before.committee(), before.enabled(), false, false,
				temporary, this.clock.instant(), Access.userName(), before.createdAt(), before.createdBy(),
				before.version() + 1);
	}

	private static boolean blank(String text) {
		return text == null || text.isEmpty();
	}

	private static void checkOffice() {
		if (!Access.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Only the city office manages users");
		}
	}

	/** The current password given was not the user's. */
	static final class WrongPassword extends RuntimeException {

		WrongPassword() {
			super("The current password is not right");
		}

	}

	/** No user of the database has this name: a 404. */
	static final class NoSuchUser extends ResponseStatusException {

		NoSuchUser(String name) {
			super(HttpStatus.NOT_FOUND, "There is no user " + name + " in the database");
		}

	}

}
