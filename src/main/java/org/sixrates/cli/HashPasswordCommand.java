package org.sixrates.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code java -jar six-rates.jar hash-password}: reads a password (the first line of
 * standard input, or typed unseen at a terminal) and prints its BCrypt hash as
 * {@code sixrates.users[i].password} takes it, {@code {bcrypt}$2a$10$…}. Exit 0, or 2
 * when no password was given.
 */
public final class HashPasswordCommand {

	private HashPasswordCommand() {
	}

	public static int run(InputStream in, Console console, PrintStream out, PrintStream err) {
		String password;
		try {
			password = (console != null) ? typed(console) : firstLine(in);
		}
		catch (IOException ex) {
			err.println("hash-password: cannot read the password: " + ex.getMessage());
			return 1;
		}
		if (password == null || password.isEmpty()) {
			err.println("hash-password: no password given; pipe one in, e.g. "
					+ "printf '%s\\n' \"$PASSWORD\" | java -jar six-rates.jar hash-password");
			return 2;
		}
		out.println("{bcrypt}" + new BCryptPasswordEncoder().encode(password));
		return 0;
	}

	private static String typed(Console console) {
		char[] password = console.readPassword("Password: ");
		return (password == null) ? null : new String(password);
	}

	private static String firstLine(InputStream in) throws IOException {
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
	}

}
