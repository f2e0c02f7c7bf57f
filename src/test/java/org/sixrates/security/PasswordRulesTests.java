package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sixrates.vocabulary.Messages;

/** What a new password must be, and that every refusal reads in both languages. */
class PasswordRulesTests {

	@Test
	void twelveCharactersTypedTwiceAreEnough() {
		assertThatNoException().isThrownBy(() -> PasswordRules.check("clerk", "abcdefghijkl", "abcdefghijkl"));
		// 12 Chinese characters are 12 characters, and 36 bytes
		assertThatNoException().isThrownBy(() -> PasswordRules.check("clerk", "政协六率考评填报密码十二", "政协六率考评填报密码十二"));
		String generated = Users.generatedPassword();
		assertThatNoException().isThrownBy(() -> PasswordRules.check("clerk", generated, generated));
	}

	@Test
	void eachBrokenRuleIsNamed() {
		assertRefused("clerk", "", "", "problem.account.passwordMissing");
		assertRefused("clerk", "abcdefghijk", "abcdefghijk", "problem.account.passwordShort");
		// 72 bytes is what BCrypt reads: 73 ASCII characters, or 25 Chinese ones (75
		// bytes), are too long
		assertRefused("clerk", "a".repeat(73), "a".repeat(73), "problem.account.passwordLong");
		assertRefused("clerk", "政".repeat(25), "政".repeat(25), "problem.account.passwordLong");
		assertThatNoException().isThrownBy(() -> PasswordRules.check("clerk", "a".repeat(72), "a".repeat(72)));
		assertRefused("clerk", "abcdef\nghijkl", "abcdef\nghijkl", "problem.account.passwordControl");
		assertRefused("clerk-landong", "CLERK-LANDONG", "CLERK-LANDONG", "problem.account.passwordIsName");
		assertRefused("clerk", "abcdefghijkl", "abcdefghijkL", "problem.account.passwordMismatch");
	}

	@Test
	void theRolesAndTheUsersAuditActionsReadInBothLanguages() {
		for (var language : Messages.LANGUAGES) {
			for (Role role : Role.values()) {
				assertThat(Messages.keys(language)).contains(role.label().key());
			}
			for (String action : List.of("USER_CREATED", "USER_CHANGED", "USER_DISABLED", "USER_ENABLED",
					"PASSWORD_RESET", "PASSWORD_CHANGED")) {
				assertThat(Messages.keys(language)).contains("audit.action." + action);
			}
		}
		assertThat(Role.CLERK.label().in(Messages.CHINESE)).isEqualTo("填报人");
		assertThat(Role.ADMIN.label().in(Messages.ENGLISH)).isEqualTo("City office");
	}

	private static void assertRefused(String user, String password, String confirmation, String key) {
		assertThatThrownBy(() -> PasswordRules.check(user, password, confirmation))
			.isInstanceOfSatisfying(AccountRefused.class, refused -> assertThat(refused.reason().key()).isEqualTo(key));
	}

}
