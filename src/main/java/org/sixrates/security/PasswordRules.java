package org.sixrates.security;

import java.nio.charset.StandardCharsets;

/**
 * What a new password must be: {@value #SHORTEST} characters or more; at most
 * {@value #LONGEST_BYTES} bytes in UTF-8, all that BCrypt reads (Spring refuses a longer
 * one rather than cut it silently); one line without control characters, as
 * {@code hash-password} reads it from its first line; typed the same twice; not the
 * user's name. Generated passwords ({@link Users#generatedPassword()}, 24 characters)
 * pass.
 */
final class PasswordRules {

	static final int SHORTEST = 12;

	static final int LONGEST_BYTES = 72;

	private PasswordRules() {
	}

	/** Refuses with the first rule {@code password} breaks. */
	static void check(String user, String password, String confirmation) {
		if (password == null || password.isEmpty()) {
			throw new AccountRefused("problem.account.passwordMissing");
		}
		if (password.codePointCount(0, password.length()) < SHORTEST) {
			throw new AccountRefused("problem.account.passwordShort", SHORTEST);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > LONGEST_BYTES) {
			throw new AccountRefused("problem.account.passwordLong", LONGEST_BYTES);
		}
		if (password.codePoints().anyMatch(Character::isISOControl)) {
			throw new AccountRefused("problem.account.passwordControl");
		}
		if (password.equalsIgnoreCase(user)) {
			throw new AccountRefused("problem.account.passwordIsName");
		}
		if (!password.equals(confirmation)) {
			throw new AccountRefused("problem.account.passwordMismatch");
		}
	}

}
