package org.sixrates.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts built from the settings: admin's password, configured BCrypt users, the
 * demo accounts.
 */
@ExtendWith(OutputCaptureExtension.class)
class UsersTests {

	private static final Pattern GENERATED = Pattern
		.compile("generated password (\\S+) for the account\\(s\\) ([^.]+)\\.");

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void withoutAConfiguredPasswordARandomOneIsLoggedOnceAtWarnAndDiffersAtEveryStart(CapturedOutput output) {
		Map<String, UserDetails> first = byName(Users.of(new UserProperties(null, List.of()), false, encoder));
		Map<String, UserDetails> second = byName(Users.of(new UserProperties("", List.of()), false, encoder));

		List<String> lines = output.getOut()
			.lines()
			.filter(line -> line.contains("No admin password is configured"))
			.toList();
		assertThat(lines).hasSize(2).allSatisfy(line -> assertThat(line).contains("WARN"));
		String password1 = password(lines.get(0));
		String password2 = password(lines.get(1));
		// 18 random bytes in URL-safe Base64: 24 characters, never a fixed default
		assertThat(password1).hasSize(24).isNotEqualTo(password2);
		assertThat(encoder.matches(password1, first.get("admin").getPassword())).isTrue();
		assertThat(encoder.matches(password2, second.get("admin").getPassword())).isTrue();
		assertThat(encoder.matches(password1, second.get("admin").getPassword())).isFalse();
		assertThat(first.keySet()).containsExactly("admin");
		assertThat(output.getOut()).containsOnlyOnce(password1);
	}

	@Test
	void theConfiguredAdminPasswordIsUsedAndNeverLogged(CapturedOutput output) {
		UserDetails admin = byName(Users.of(new UserProperties("s3cret-office", List.of()), false, encoder))
			.get("admin");

		assertThat(encoder.matches("s3cret-office", admin.getPassword())).isTrue();
		assertThat(admin.getPassword()).startsWith("{bcrypt}$2a$");
		assertThat(authorities(admin)).containsExactly("ROLE_ADMIN");
		assertThat(output.getOut()).doesNotContain("s3cret-office").doesNotContain("No admin password");
	}

	@Test
	void theDemoCityAddsAClerkOfLandongAndAViewerSharingTheAdminPassword(CapturedOutput output) {
		Map<String, UserDetails> users = byName(Users.of(new UserProperties(null, List.of()), true, encoder));

		assertThat(users.keySet()).containsExactly("admin", "clerk-landong", "viewer");
		assertThat(authorities(users.get("clerk-landong"))).containsExactlyInAnyOrder("ROLE_CLERK",
				"COMMITTEE_LANDONG");
		assertThat(authorities(users.get("viewer"))).containsExactly("ROLE_VIEWER");
		Matcher line = GENERATED.matcher(output.getOut());
		assertThat(line.find()).isTrue();
		assertThat(line.group(2)).isEqualTo("admin, clerk-landong (clerk of LANDONG), viewer");
		assertThat(encoder.matches(line.group(1), users.get("viewer").getPassword())).isTrue();
	}

	@Test
	void configuredUsersKeepTheirHashRoleAndCommittee() {
		String hash = encoder.encode("clerk-secret");
		Map<String, UserDetails> users = byName(Users.of(
				new UserProperties("office", List.of(new UserProperties.User("clerk-dh", hash, Role.CLERK, "DH"),
						new UserProperties.User("auditor", encoder.encode("auditor-secret"), Role.VIEWER, null))),
				true, encoder));

		assertThat(users.get("clerk-dh").getPassword()).isEqualTo(hash);
		assertThat(encoder.matches("clerk-secret", users.get("clerk-dh").getPassword())).isTrue();
		assertThat(authorities(users.get("clerk-dh"))).containsExactlyInAnyOrder("ROLE_CLERK", "COMMITTEE_DH");
		assertThat(authorities(users.get("auditor"))).containsExactly("ROLE_VIEWER");
		assertThat(users.keySet()).containsExactly("clerk-dh", "auditor", "admin", "clerk-landong", "viewer");
	}

	@Test
	void aConfiguredUserMayReplaceADemoAccount() {
		String hash = encoder.encode("viewer-secret");
		UserDetails viewer = byName(Users.of(
				new UserProperties("office", List.of(new UserProperties.User("viewer", hash, Role.VIEWER, null))), true,
				encoder))
			.get("viewer");

		assertThat(encoder.matches("viewer-secret", viewer.getPassword())).isTrue();
		assertThat(encoder.matches("office", viewer.getPassword())).isFalse();
	}

	@Test
	void aPasswordInClearTextOrAClerkWithoutCommitteeStopsTheStart() {
		assertThatThrownBy(() -> Users.of(
				new UserProperties("office",
						List.of(new UserProperties.User("clerk-dh", "clerk-secret", Role.CLERK, "DH"))),
				false, encoder))
			.hasMessageContaining("sixrates.users entry 'clerk-dh': the password must be a BCrypt hash")
			.hasMessageContaining("java -jar six-rates.jar hash-password");
		assertThatThrownBy(() -> Users.of(
				new UserProperties("office",
						List.of(new UserProperties.User("clerk", encoder.encode("x"), Role.CLERK, " "))),
				false, encoder))
			.hasMessageContaining("a CLERK needs the code of its committee");
		assertThatThrownBy(() -> Users.of(
				new UserProperties("office", List.of(new UserProperties.User("x", encoder.encode("x"), null, null))),
				false, encoder))
			.hasMessageContaining("role must be one of ADMIN, CLERK, VIEWER");
	}

	private static String password(String line) {
		Matcher matcher = GENERATED.matcher(line);
		assertThat(matcher.find()).as(line).isTrue();
		return matcher.group(1);
	}

	private static Map<String, UserDetails> byName(List<UserDetails> users) {
		return users.stream()
			.collect(Collectors.toMap(UserDetails::getUsername, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static List<String> authorities(UserDetails user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

}
