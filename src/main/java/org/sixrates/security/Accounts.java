package org.sixrates.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Every account, by name: those of the settings built by {@link Users}, then those of the
 * database ({@link StoredUsers}). A name the settings define is always the settings'
 * user, whatever the database holds. The password check reads them, and so do a token's
 * use (its user's role and committee as they are now), the token page (whom the city
 * office may make a token for) and the users' page.
 */
final class Accounts implements UserDetailsService {

	private final Map<String, SignedInUser> configured = new LinkedHashMap<>();

	private final StoredUsers stored;

	Accounts(List<UserDetails> configured, StoredUsers stored) {
		for (UserDetails user : configured) {
			this.configured.put(user.getUsername(),
					SignedInUser.configured(user.getUsername(), user.getPassword(), user.getAuthorities()));
		}
		this.stored = stored;
	}

	/**
	 * A copy, as Spring's in-memory manager hands out: signing in erases the password of
	 * the object it is given. A disabled user is found, and refused after its password
	 * was checked.
	 */
	@Override
	public UserDetails loadUserByUsername(String name) {
		return find(name).orElseThrow(() -> new UsernameNotFoundException("No user " + name));
	}

	/** The account of {@code name}, enabled or not. */
	Optional<SignedInUser> find(String name) {
		if (name == null) {
			return Optional.empty();
		}
		SignedInUser user = this.configured.get(name);
		if (user != null) {
			return Optional.of(user.copy());
		}
		return this.stored.find(name).map(row -> {
			UserAccount account = row.account();
			return new SignedInUser(account.name(), row.hash(), account.enabled(),
					Users.authorities(account.role(), account.committee()), true, account.version(),
					account.temporaryPassword());
		});
	}

	/** The account of {@code name} if it may sign in now. */
	Optional<SignedInUser> active(String name) {
		return find(name).filter(UserDetails::isEnabled);
	}

	boolean isConfigured(String name) {
		return name != null && this.configured.containsKey(name);
	}

	/** The names of the accounts that may sign in: the settings' first. */
	List<String> names() {
		List<String> names = new ArrayList<>(this.configured.keySet());
		this.stored.all()
			.stream()
			.filter(UserAccount::enabled)
			.map(UserAccount::name)
			.filter(name -> !this.configured.containsKey(name))
			.forEach(names::add);
		return names;
	}

	/**
	 * Every user, for the city office's page: those of the settings, then those of the
	 * database by name, each marked where the settings shadow it.
	 */
	List<UserAccount> all() {
		List<UserAccount> all = new ArrayList<>();
		this.configured.values()
			.forEach(user -> all.add(UserAccount.ofSettings(user.getUsername(), role(user), committee(user))));
		this.stored.all()
			.forEach(account -> all.add(account.withShadowed(this.configured.containsKey(account.name()))));
		return all;
	}

	/** How many users of the settings belong to the city office. */
	long configuredAdmins() {
		return this.configured.values().stream().filter(user -> role(user) == Role.ADMIN).count();
	}

	/** The committee of a clerk, or {@code null}. */
	String committee(String name) {
		return find(name).map(Accounts::committee).orElse(null);
	}

	static String committee(UserDetails user) {
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(Access.COMMITTEE_PREFIX))
			.map(authority -> authority.substring(Access.COMMITTEE_PREFIX.length()))
			.findFirst()
			.orElse(null);
	}

	static Role role(UserDetails user) {
		for (Role role : Role.values()) {
			if (user.getAuthorities().stream().anyMatch(a -> ("ROLE_" + role.name()).equals(a.getAuthority()))) {
				return role;
			}
		}
		return Role.VIEWER;
	}

}
