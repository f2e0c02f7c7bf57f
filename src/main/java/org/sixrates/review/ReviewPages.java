package org.sixrates.review;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.sixrates.input.BadInputException;
import org.sixrates.security.Access;
import org.sixrates.security.Role;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Review;
import org.sixrates.web.Labels;
import org.sixrates.web.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The review queue {@code /review}: for the city office, the records waiting by committee
 * and kind, approved or returned one or many at once, and each committee's reporting of
 * the year; for a clerk, its own pending and returned records with the reasons, and the
 * declaration that its reporting is complete.
 */
@Controller
class ReviewPages {

	private final Reviews reviews;

	private final DSLContext dsl;

	ReviewPages(Reviews reviews, DSLContext dsl) {
		this.reviews = reviews;
		this.dsl = dsl;
	}

	@GetMapping("/review")
	String queue(@RequestParam(required = false) Integer year, @RequestParam(required = false) String committee,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "PENDING") String state,
			@RequestParam(defaultValue = "false") boolean withEvidence, Model model) {
		List<Integer> years = dsl.selectDistinct(org.sixrates.db.Tables.COMMITTEE_YEAR.YEAR)
			.from(org.sixrates.db.Tables.COMMITTEE_YEAR)
			.orderBy(org.sixrates.db.Tables.COMMITTEE_YEAR.YEAR)
			.fetch(org.sixrates.db.Tables.COMMITTEE_YEAR.YEAR);
		int shown = (year != null) ? year : years.isEmpty() ? 0 : years.get(years.size() - 1);
		Review review = ReviewApi.term(Review.class, "state", state);
		Kind kindShown = (kind == null || kind.isBlank()) ? null : ReviewApi.term(Kind.class, "kind", kind);
		List<ReviewEntry> entries = new ArrayList<>(reviews.list(review, committee, shown, kindShown));
		if (withEvidence) {
			entries.removeIf(entry -> entry.evidence() == 0);
		}
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("committee", committee);
		model.addAttribute("kind", kindShown);
		model.addAttribute("kinds", Kind.values());
		model.addAttribute("state", review);
		model.addAttribute("states", Review.values());
		model.addAttribute("withEvidence", withEvidence);
		model.addAttribute("entries", entries);
		model.addAttribute("reporting", reviews.reporting(shown));
		if (Access.hasRole(Role.CLERK)) {
			model.addAttribute("returned", reviews.list(Review.RETURNED, null, shown, null));
		}
		return "review/queue";
	}

	@PostMapping("/review/approve")
	String approve(@RequestParam(name = "record", required = false) List<String> records,
			@RequestParam(defaultValue = "") String reason, @RequestParam int year, RedirectAttributes redirect) {
		return decide(year, redirect, () -> reviews.approve(keys(records), reason), "review.approved");
	}

	@PostMapping("/review/return")
	String returnToClerk(@RequestParam(name = "record", required = false) List<String> records,
			@RequestParam(defaultValue = "") String reason, @RequestParam int year, RedirectAttributes redirect) {
		return decide(year, redirect, () -> reviews.returnToClerk(keys(records), reason), "review.returned");
	}

	@PostMapping("/review/reporting")
	String declare(@RequestParam int year, RedirectAttributes redirect) {
		String own = Access.committeeScope().orElseThrow(() -> Refused.notFound("problem.noCommittee", ""));
		reviews.declare(year, own);
		redirect.addFlashAttribute("done", Message.of("review.declared", Integer.toString(year)).in(Labels.locale()));
		return redirect(year);
	}

	private String decide(int year, RedirectAttributes redirect, java.util.function.IntSupplier decision, String done) {
		try {
			int count = decision.getAsInt();
			redirect.addFlashAttribute("done", Message.of(done, Integer.toString(count)).in(Labels.locale()));
		}
		catch (BadInputException ex) {
			redirect.addFlashAttribute("refused",
					ex.errors()
						.stream()
						.map(error -> ((error.value() == null || error.value().isEmpty()) ? "" : error.value() + "：")
								+ error.expected(Labels.locale()))
						.toList());
		}
		return redirect(year);
	}

	/** Each {@code COMMITTEE/ID} of the form's checked boxes. */
	private static List<ReviewKey> keys(List<String> records) {
		if (records == null) {
			return List.of();
		}
		return records.stream().map(record -> {
			int slash = record.indexOf('/');
			return (slash < 0) ? new ReviewKey(record, "")
					: new ReviewKey(record.substring(0, slash), record.substring(slash + 1));
		}).toList();
	}

	private static String redirect(int year) {
		return "redirect:" + UriComponentsBuilder.fromPath("/review").queryParam("year", year).build().toUriString();
	}

}
