package org.sixrates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class HashPasswordCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void thePasswordOnStandardInputIsPrintedAsABcryptHashTheSettingsAccept() {
		int exit = run("办公室-secret\n");

		String hash = out.toString(StandardCharsets.UTF_8).strip();
		assertThat(exit).isZero();
		assertThat(hash).startsWith("{bcrypt}$2a$10$").hasSize("{bcrypt}".length() + 60);
		PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
		assertThat(encoder.matches("办公室-secret", hash)).isTrue();
		assertThat(encoder.matches("办公室-secre", hash)).isFalse();
	}

	@Test
	void noPasswordIsExitCodeTwoWithAHint() {
		assertThat(run("")).isEqualTo(2);
		assertThat(out.size()).isZero();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("no password given", "hash-password");
	}

	private int run(String input) {
		return HashPasswordCommand.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), null,
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

}
