package org.sixrates.security;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * API tokens for scripts: {@code GET /api/tokens} lists the caller's (the city office:
 * everyone's, or {@code ?user=}'s), {@code POST /api/tokens} makes one and answers its
 * secret this once, {@code DELETE /api/tokens/{id}} revokes one. Making a token takes a
 * password (HTTP Basic): a token cannot make another that outlives it.
 */
@RestController
@RequestMapping("/api/tokens")
class TokenApi {

	private final ApiTokens tokens;

	TokenApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	List<ApiToken> list(@RequestParam(required = false) String user) {
		return this.tokens.visible(user);
	}

	@PostMapping
	ResponseEntity<CreatedToken> create(@RequestBody TokenRequest request) {
		ApiToken.Created created = this.tokens.create(request.user(), request.name(), request.expiresInDays());
		ApiToken token = created.token();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new CreatedToken(token.id(), token.name(), token.user(), token.createdAt(), token.createdBy(),
					token.expiresAt(), created.secret()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		this.tokens.revoke(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no valid token " + id));
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler
	ProblemDetail refused(TokenRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		problem.setTitle("Bad token request");
		return problem;
	}

	/**
	 * What makes a token.
	 *
	 * @param name what the token is for, shown in the list (required)
	 * @param user the account it acts for; another than the caller's only for the city
	 * office
	 * @param expiresInDays 1 to 3650; left out, the token is valid until revoked
	 */
	record TokenRequest(String name, String user, Integer expiresInDays) {
	}

	/**
	 * A token just made.
	 *
	 * @param token the secret, shown only in this answer: send it as
	 * {@code Authorization: Bearer <token>}
	 */
	record CreatedToken(long id, String name, String user, Instant createdAt, String createdBy, Instant expiresAt,
			String token) {
	}

}
