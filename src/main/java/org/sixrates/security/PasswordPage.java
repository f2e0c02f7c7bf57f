package org.sixrates.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/password}: the signed-in user changes its own password, giving the
 * current one and the new one twice. A wrong current password counts as a failed sign-in,
 * so that a session left open is no way to guess it. The session that changed the
 * password goes on under a new id; the user's other sessions end. A user of the settings
 * is told where its password is set.
 */
@Controller
@RequestMapping(AccountSessions.PASSWORD_PAGE)
class PasswordPage {

	private final UserAdministration users;

	private final Accounts accounts;

	private final SignInGuard guard;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	PasswordPage(UserAdministration users, Accounts accounts, SignInGuard guard) {
		this.users = users;
		this.accounts = accounts;
		this.guard = guard;
	}

	@GetMapping
	String page(Model model) {
		String self = Access.userName();
		model.addAttribute("configured", this.accounts.isConfigured(self));
		model.addAttribute("temporary", this.accounts.find(self).map(SignedInUser::temporaryPassword).orElse(false));
		model.addAttribute("shortest", PasswordRules.SHORTEST);
		return "account/password";
	}

	@PostMapping
	String change(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String confirmation, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		String self = Access.userName();
		String address = request.getRemoteAddr();
		try {
			this.guard.check(self, address);
			this.users.changeOwnPassword(current, password, confirmation);
		}
		catch (SignInLockedException ex) {
			return refused(model, response, HttpStatus.TOO_MANY_REQUESTS, "locked");
		}
		catch (UserAdministration.WrongPassword ex) {
			this.guard.failed(self, address);
			return refused(model, response, HttpStatus.BAD_REQUEST, "wrong");
		}
		catch (AccountRefused ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("refused", ex.reason());
			return page(model);
		}
		renew(self, request, response);
		redirect.addFlashAttribute("changed", true);
		return "redirect:" + AccountSessions.PASSWORD_PAGE;
	}

	/**
	 * Signs this session in again with the account as it is now, its version raised by
	 * the change, under a new session id.
	 */
	private void renew(String self, HttpServletRequest request, HttpServletResponse response) {
		SignedInUser user = this.accounts.find(self).orElseThrow();
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		this.contexts.setContext(context);
		user.eraseCredentials();
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		this.sessions.saveContext(context, request, response);
	}

	private String refused(Model model, HttpServletResponse response, HttpStatus status, String why) {
		response.setStatus(status.value());
		model.addAttribute("wrong", why);
		return page(model);
	}

}
