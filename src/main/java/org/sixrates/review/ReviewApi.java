package org.sixrates.review;

import java.util.List;
import java.util.Map;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Review;
import org.sixrates.vocabulary.Term;
import org.sixrates.web.Refused;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The review queue, its decisions and the declarations of complete reporting as JSON. */
@RestController
@RequestMapping("/api")
class ReviewApi {

	private final Reviews reviews;

	ReviewApi(Reviews reviews) {
		this.reviews = reviews;
	}

	/** A decision: the records, and why (required to return, and in a closed year). */
	record Decision(List<ReviewKey> records, String reason) {
	}

	/**
	 * The records in a review state (PENDING unless asked), the user's own for a clerk.
	 */
	@GetMapping("/review")
	List<ReviewEntry> list(@RequestParam(defaultValue = "PENDING") String state,
			@RequestParam(required = false) String committee, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String kind) {
		return reviews.list(term(Review.class, "state", state), committee, year,
				(kind == null || kind.isBlank()) ? null : term(Kind.class, "kind", kind));
	}

	@PostMapping("/review/approve")
	Map<String, Integer> approve(@RequestBody Decision decision) {
		return Map.of("approved", reviews.approve(decision.records(), decision.reason()));
	}

	@PostMapping("/review/return")
	Map<String, Integer> returnToClerk(@RequestBody Decision decision) {
		return Map.of("returned", reviews.returnToClerk(decision.records(), decision.reason()));
	}

	/** Each committee's reporting of the year: counts by review state and 已报送. */
	@GetMapping("/years/{year}/reporting")
	List<ReportingStatus> reporting(@PathVariable int year) {
		return reviews.reporting(year);
	}

	/** The committee's clerk declares its reporting of the year complete (已报送). */
	@PostMapping("/years/{year}/reporting/{committee}")
	ReportingStatus declare(@PathVariable int year, @PathVariable String committee) {
		return reviews.declare(year, committee);
	}

	static <E extends Enum<E> & Term> E term(Class<E> type, String name, String text) {
		return Term.parse(type, text).orElseThrow(() -> Refused.badParameter(name, text, Term.describe(type)));
	}

}
