package org.sixrates.security;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/users}, the city office's: every user, as the page lists them, never a
 * password or its hash. Users are created and changed in the pages, where a generated
 * password can be shown once.
 */
@RestController
@RequestMapping("/api/users")
class UserApi {

	private final UserAdministration users;

	UserApi(UserAdministration users) {
		this.users = users;
	}

	@GetMapping
	List<UserAccount> list() {
		return this.users.all();
	}

}
