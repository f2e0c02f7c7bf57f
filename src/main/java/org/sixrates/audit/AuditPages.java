package org.sixrates.audit;

import org.sixrates.system.SixRatesProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sixrates.web.Paging;

/**
 * {@code /audit}: the audit trail, for the city office only (the security rules say so).
 */
@Controller
class AuditPages {

	private final AuditQueries queries;

	private final SixRatesProperties properties;

	AuditPages(AuditQueries queries, SixRatesProperties properties) {
		this.queries = queries;
		this.properties = properties;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) String committee, @RequestParam(required = false) String user,
			@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("audit", queries.find(committee, user, Paging.checked(page)));
		model.addAttribute("users", queries.users());
		model.addAttribute("committee", committee == null ? "" : committee.strip());
		model.addAttribute("user", user == null ? "" : user.strip());
		model.addAttribute("zone", properties.zone());
		return "audit/audit";
	}

}
