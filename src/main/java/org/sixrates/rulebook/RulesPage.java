package org.sixrates.rulebook;

import org.sixrates.rules.Scheme;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** {@code /rules}: the active scheme, readably; {@code /api/rules}: the same as JSON. */
@Controller
class RulesPage {

	private final Scheme scheme;

	RulesPage(Scheme scheme) {
		this.scheme = scheme;
	}

	@GetMapping("/rules")
	String rules(Model model) {
		model.addAttribute("scheme", scheme);
		return "rules/rules";
	}

	@GetMapping("/api/rules")
	@ResponseBody
	ResponseEntity<Scheme> api() {
		return ResponseEntity.ok(scheme);
	}

}
