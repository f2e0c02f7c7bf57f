package org.sixrates.whatif;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sixrates.scoring.WhatIf;
import org.sixrates.vocabulary.Message;
import org.sixrates.web.Refused;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The what-if: JSON in, the ranking under the weights tried out, and the rules file with
 * those weights. The same under {@code /api} (HTTP Basic or a token, no CSRF) and under
 * the page's own path for the ranking page's script (its session, with the page's CSRF
 * token); the page's download is an ordinary form. Whoever may read the ranking may try:
 * nothing is stored.
 */
@RestController
class WhatIfApi {

	private static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

	private static final String WEIGHT = "weight.";

	private final WhatIfs whatIfs;

	WhatIfApi(WhatIfs whatIfs) {
		this.whatIfs = whatIfs;
	}

	@PostMapping(path = { "/api/rankings/{year}/what-if", "/rankings/{year}/what-if" },
			consumes = MediaType.APPLICATION_JSON_VALUE)
	WhatIfRanking whatIf(@PathVariable int year, @RequestBody WhatIfRequest request) {
		return whatIfs.run(year, request).ranking();
	}

	/**
	 * The rules file with the weights tried, for the loader and the {@code score}
	 * command.
	 */
	@PostMapping(path = "/api/rankings/{year}/what-if/rules", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> rules(@PathVariable int year, @RequestBody WhatIfRequest request) {
		return download(whatIfs.run(year, request).outcome());
	}

	/**
	 * The page's download: the sliders as {@code weight.<rate id>}, with
	 * {@code normalization} and {@code aggregation}.
	 */
	@PostMapping(path = "/rankings/{year}/what-if/rules")
	ResponseEntity<byte[]> rulesFromForm(@PathVariable int year, @RequestParam Map<String, String> form) {
		Map<String, Double> weights = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith(WEIGHT)) {
				weights.put(name.substring(WEIGHT.length()), number(name, value));
			}
		});
		return download(
				whatIfs.run(year, new WhatIfRequest(weights, form.get("normalization"), form.get("aggregation")))
					.outcome());
	}

	private static ResponseEntity<byte[]> download(WhatIf.Outcome outcome) {
		ContentDisposition attachment = ContentDisposition.attachment().filename(outcome.fileName()).build();
		return ResponseEntity.ok()
			.contentType(YAML)
			.headers(headers -> headers.setContentDisposition(attachment))
			.body(outcome.rules());
	}

	private static double number(String name, String value) {
		try {
			return Double.parseDouble(value.strip());
		}
		catch (NumberFormatException ex) {
			throw Refused.badParameter(name, value, Message.of("whatif.expected.weight"));
		}
	}

}
