package org.sixrates.importing;

import java.security.Principal;

import org.sixrates.security.Access;
import org.sixrates.security.Denied;
import org.sixrates.security.Role;
import org.sixrates.web.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The city office deletes a committee, with its years and records, from the committee's
 * page (typing its code to confirm) or by {@code DELETE /api/committees/{code}}; the
 * audit trail keeps every row it removed.
 */
@Controller
class CommitteeDeletion {

	private final Importer importer;

	CommitteeDeletion(Importer importer) {
		this.importer = importer;
	}

	@DeleteMapping("/api/committees/{code}")
	@ResponseBody
	Importer.Deletion delete(@PathVariable String code, Principal principal) {
		checkOffice();
		return importer.deleteCommittee(code, ImportPages.user(principal))
			.orElseThrow(() -> Refused.notFound("problem.noCommittee", code));
	}

	@PostMapping("/committees/{code}/delete")
	String deleteFromPage(@PathVariable String code, @RequestParam(defaultValue = "") String confirm,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String reason,
			Principal principal, RedirectAttributes redirect) {
		checkOffice();
		if (!confirm.strip().equals(code)) {
			redirect.addFlashAttribute("deleteRefused", code);
			return "redirect:" + UriComponentsBuilder.fromPath("/committees/{code}/{year}")
				.buildAndExpand(code, (year == null) ? "" : year)
				.encode()
				.toUriString();
		}
		Importer.Deletion deletion = importer.deleteCommittee(code, ImportPages.user(principal), reason)
			.orElseThrow(() -> Refused.notFound("problem.noCommittee", code));
		redirect.addFlashAttribute("deleted", deletion);
		return "redirect:/";
	}

	private static void checkOffice() {
		if (!Access.hasRole(Role.ADMIN)) {
			throw new Denied("problem.forbidden");
		}
	}

}
