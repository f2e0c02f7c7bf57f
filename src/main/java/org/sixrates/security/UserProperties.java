package org.sixrates.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The users of the application ({@code sixrates.users[i].*}) and the password of
 * {@code admin} ({@code sixrates.admin-password}, or the environment variable
 * {@code SIXRATES_ADMIN_PASSWORD}).
 *
 * @param adminPassword the {@code admin} user's password in clear, as an operator types
 * it into the environment; empty: one is generated at start and logged once
 * @param users further users, each with a BCrypt hash for password
 */
@ConfigurationProperties("sixrates")
public record UserProperties(String adminPassword, @DefaultValue List<User> users) {

	/**
	 * One configured user.
	 *
	 * @param name the login name
	 * @param password {@code {bcrypt}$2a$…}, as
	 * {@code java -jar six-rates.jar hash-password} prints it
	 * @param role ADMIN, CLERK or VIEWER
	 * @param committee for a CLERK, the code of the committee it works for
	 */
	public record User(String name, String password, Role role, String committee) {
	}

}
