package org.sixrates.security;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sixrates.system.SixRatesProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/tokens}: the signed-in user's API tokens (the city office's page lists
 * everyone's and may make a token for any user), a form to make one, whose secret the
 * next page shows once, and a button to revoke each.
 */
@Controller
@RequestMapping("/account/tokens")
class TokenPages {

	/** The validities the form offers, in days; empty: until revoked. */
	static final List<Integer> VALIDITIES = List.of(30, 90, 365);

	private final ApiTokens tokens;

	private final Accounts accounts;

	private final SixRatesProperties properties;

	private final Clock clock;

	TokenPages(ApiTokens tokens, Accounts accounts, SixRatesProperties properties, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("tokens", this.tokens.visible(null));
		model.addAttribute("accounts", Access.hasRole(Role.ADMIN) ? this.accounts.names() : List.of());
		model.addAttribute("self", Access.userName());
		model.addAttribute("validities", VALIDITIES);
		model.addAttribute("zone", this.properties.zone());
		model.addAttribute("now", this.clock.instant());
		return "account/tokens";
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String days,
			@RequestParam(required = false) String user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			ApiToken.Created created = this.tokens.create(user, name, days.isBlank() ? null : days(days));
			redirect.addFlashAttribute("created", created);
			return "redirect:/account/tokens";
		}
		catch (TokenRequestException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("refused", ex.reason().name());
			model.addAttribute("name", name);
			return page(model);
		}
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		ApiToken revoked = this.tokens.revoke(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "You have no valid token " + id));
		redirect.addFlashAttribute("revoked", revoked.name());
		return "redirect:/account/tokens";
	}

	private static Integer days(String days) {
		try {
			return Integer.valueOf(days.strip());
		}
		catch (NumberFormatException ex) {
			throw new TokenRequestException(TokenRequestException.Reason.VALIDITY, "Not a number of days: " + days);
		}
	}

}
