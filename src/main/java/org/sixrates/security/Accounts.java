package org.sixrates.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The accounts built by {@link Users}, by name: the password check reads them, and so do
 * a token's use (its user's role and committee as they are now) and the token page (whom
 * the city office may make a token for).
 */
final class Accounts implements UserDetailsService {

	private final Map<String, UserDetails> byName = new LinkedHashMap<>();

	Accounts(List<UserDetails> users) {
		for (UserDetails user : users) {
			this.byName.put(user.getUsername(), user);
		}
	}

	/**
	 * A copy, as Spring's in-memory manager hands out: signing in erases the password of
	 * the object it is given.
	 */
	@Override
	public UserDetails loadUserByUsername(String name) {
		return find(name).orElseThrow(() -> new UsernameNotFoundException("No user " + name));
	}

	Optional<UserDetails> find(String name) {
		UserDetails user = (name == null) ? null : this.byName.get(name);
		return Optional.ofNullable(user).map(found -> User.withUserDetails(found).build());
	}

	List<String> names() {
		return List.copyOf(this.byName.keySet());
	}

	/** The committee of a clerk, or {@code null}. */
	String committee(String name) {
		UserDetails user = this.byName.get(name);
		if (user == null) {
			return null;
		}
		return user.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith(Access.COMMITTEE_PREFIX))
			.map(authority -> authority.substring(Access.COMMITTEE_PREFIX.length()))
			.findFirst()
			.orElse(null);
	}

}
