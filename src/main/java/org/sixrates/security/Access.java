package org.sixrates.security;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user's committee scope, read from its authorities: a clerk carries
 * {@code ROLE_CLERK} and {@code COMMITTEE_<code>}. Services ask here rather than each
 * reading the security context its own way, so that the rule lives in one place.
 */
public final class Access {

	/** Prefix of the authority that binds a clerk to its committee. */
	public static final String COMMITTEE_PREFIX = "COMMITTEE_";

	private Access() {
	}

	/**
	 * The committee the current user is bound to, or empty for the city office and
	 * viewers.
	 */
	public static Optional<String> committeeScope() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(COMMITTEE_PREFIX))
			.map(authority -> authority.substring(COMMITTEE_PREFIX.length()))
			.findFirst();
	}

	/** Whether the current user may read {@code committee}'s detail and records. */
	public static boolean maySee(String committee) {
		return committeeScope().map(own -> own.equals(committee)).orElse(true);
	}

	/** Refuses with 403 when the current user is a clerk of another committee. */
	public static void checkSee(String committee) {
		if (!maySee(committee)) {
			throw new Denied("problem.notYourCommittee", committee);
		}
	}

	/**
	 * Whether the current user may change {@code committee}'s records: the city office,
	 * or its own clerk.
	 */
	public static boolean mayEdit(String committee) {
		return hasRole(Role.ADMIN) || (hasRole(Role.CLERK) && committeeScope().map(committee::equals).orElse(false));
	}

	/** Refuses with 403 unless {@link #mayEdit(String)}. */
	public static void checkEdit(String committee) {
		if (!mayEdit(committee)) {
			throw new Denied("problem.notYourRecords", committee);
		}
	}

	/** Whether the current user has {@code role}. */
	public static boolean hasRole(Role role) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(authority -> ("ROLE_" + role.name()).equals(authority.getAuthority()));
	}

	/** Whether a user has signed in (the anonymous user of public pages has not). */
	public static boolean signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	/**
	 * The signed-in user's name, for the audit trail; {@code anonymous} where no one is
	 * signed in.
	 */
	public static String userName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication == null) ? "anonymous" : authentication.getName();
	}

}
