package org.sixrates.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Builds the accounts: {@code admin} with the configured password or, where none is set,
 * a random one logged once at WARN; the configured users, whose passwords must be BCrypt
 * hashes; and, for the demo city, {@code clerk-landong} (clerk of LANDONG) and
 * {@code viewer}, which share the admin password unless configured themselves.
 */
final class Users {

	static final String ADMIN = "admin";

	static final String DEMO_CLERK = "clerk-landong";

	static final String DEMO_COMMITTEE = "LANDONG";

	static final String VIEWER = "viewer";

	private static final Logger logger = LoggerFactory.getLogger(Users.class);

	private static final SecureRandom random = new SecureRandom();

	private Users() {
	}

	static List<UserDetails> of(UserProperties properties, boolean demo, PasswordEncoder encoder) {
		Map<String, UserDetails> users = new LinkedHashMap<>();
		for (UserProperties.User user : properties.users()) {
			users.put(user.name(), configured(user));
		}
		String adminPassword = properties.adminPassword();
		boolean generated = adminPassword == null || adminPassword.isBlank();
		if (generated) {
			adminPassword = generatedPassword();
		}
		String adminHash = encoder.encode(adminPassword);
		users.putIfAbsent(ADMIN, account(ADMIN, adminHash, Role.ADMIN, null));
		List<String> sharing = new ArrayList<>();
		sharing.add(ADMIN);
		if (demo) {
			if (users.putIfAbsent(DEMO_CLERK, account(DEMO_CLERK, adminHash, Role.CLERK, DEMO_COMMITTEE)) == null) {
				sharing.add(DEMO_CLERK + " (clerk of " + DEMO_COMMITTEE + ")");
			}
			if (users.putIfAbsent(VIEWER, account(VIEWER, adminHash, Role.VIEWER, null)) == null) {
				sharing.add(VIEWER);
			}
		}
		if (generated) {
			logger.warn("No admin password is configured (SIXRATES_ADMIN_PASSWORD): generated password {} for "
					+ "the account(s) {}. It is shown only this once and changes at every start; set "
					+ "SIXRATES_ADMIN_PASSWORD to choose one.", adminPassword, String.join(", ", sharing));
		}
		else {
			logger.info("Accounts with the configured admin password: {}; configured users: {}",
					String.join(", ", sharing), properties.users().stream().map(UserProperties.User::name).toList());
		}
		return List.copyOf(users.values());
	}

	/** 18 random bytes: 24 characters of URL-safe Base64, 144 bits. */
	static String generatedPassword() {
		byte[] bytes = new byte[18];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static UserDetails configured(UserProperties.User user) {
		String where = "sixrates.users entry '" + user.name() + "'";
		if (user.name() == null || user.name().isBlank()) {
			throw new IllegalStateException("A sixrates.users entry has no name");
		}
		if (user.password() == null || !user.password().startsWith("{bcrypt}$2")) {
			throw new IllegalStateException(where + ": the password must be a BCrypt hash, {bcrypt}$2a$…; "
					+ "make one with: java -jar six-rates.jar hash-password");
		}
		if (user.role() == null) {
			throw new IllegalStateException(where + ": role must be one of ADMIN, CLERK, VIEWER");
		}
		if (user.role() == Role.CLERK && (user.committee() == null || user.committee().isBlank())) {
			throw new IllegalStateException(where + ": a CLERK needs the code of its committee (committee=…)");
		}
		return account(user.name(), user.password(), user.role(), user.role() == Role.CLERK ? user.committee() : null);
	}

	private static UserDetails account(String name, String hash, Role role, String committee) {
		return User.withUsername(name).password(hash).authorities(authorities(role, committee)).build();
	}

	/**
	 * {@code ROLE_<role>}, and for a clerk {@code COMMITTEE_<code>}, which {@link Access}
	 * reads.
	 */
	static List<GrantedAuthority> authorities(Role role, String committee) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
		if (committee != null) {
			authorities.add(new SimpleGrantedAuthority(Access.COMMITTEE_PREFIX + committee.strip()));
		}
		return authorities;
	}

}
