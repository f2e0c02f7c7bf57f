package org.sixrates.security;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.util.UriUtils;

/**
 * {@code /account/users}, the city office's: every user, those of the settings marked as
 * such (changed only in the settings); a form to create one; and per user of the database
 * {@code /account/users/{name}}: its role and committee, disable or enable, reset its
 * password. A generated password is shown once, on the page that follows.
 */
@Controller
@RequestMapping("/account/users")
class UserPages {

	private final UserAdministration users;

	UserPages(UserAdministration users) {
		this.users = users;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.users.all());
		model.addAttribute("committees", this.users.committees());
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("shortest", PasswordRules.SHORTEST);
		return "account/users";
	}

	@PostMapping
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "") String committee, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Optional<String> generated = this.users.create(name, role, committee, password, confirmation);
			redirect.addFlashAttribute("created", true);
			generated.ifPresent(secret -> redirect.addFlashAttribute("generated", secret));
			return redirect(name.strip());
		}
		catch (AccountRefused ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("refused", ex.reason());
			model.addAttribute("name", name);
			model.addAttribute("role", role);
			model.addAttribute("committee", committee);
			return list(model);
		}
	}

	@GetMapping("/{name}")
	String user(@PathVariable String name, Model model) {
		UserAccount account = this.users.all()
			.stream()
			.filter(user -> user.name().equals(name) && !user.shadowed())
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + name));
		model.addAttribute("account", account);
		model.addAttribute("committees", this.users.committees());
		model.addAttribute("roles", Arrays.asList(Role.values()));
		model.addAttribute("shortest", PasswordRules.SHORTEST);
		return "account/user";
	}

	@PostMapping("/{name}/role")
	String bind(@PathVariable String name, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "") String committee, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return change(name, () -> this.users.bind(name, role, committee), "role", model, redirect, response);
	}

	@PostMapping("/{name}/enabled")
	String enable(@PathVariable String name, @RequestParam boolean enabled, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return change(name, () -> this.users.enable(name, enabled), enabled ? "enabled" : "disabled", model, redirect,
				response);
	}

	@PostMapping("/{name}/password")
	String reset(@PathVariable String name, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return change(name,
				() -> this.users.resetPassword(name, password, confirmation)
					.ifPresent(secret -> redirect.addFlashAttribute("generated", secret)),
				"password", model, redirect, response);
	}

	/**
	 * Makes a change and goes back to the user's page saying so; refused, the user's page
	 * (or, for a user of the settings, the list) again with the reason, 400.
	 */
	private String change(String name, Runnable change, String saved, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			change.run();
		}
		catch (AccountRefused ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("refused", ex.reason());
			try {
				return user(name, model);
			}
			catch (ResponseStatusException notFound) {
				return list(model);
			}
		}
		redirect.addFlashAttribute("saved", saved);
		return redirect(name);
	}

	private static String redirect(String name) {
		return "redirect:/account/users/" + UriUtils.encodePathSegment(name, StandardCharsets.UTF_8);
	}

}
