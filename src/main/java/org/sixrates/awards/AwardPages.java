package org.sixrates.awards;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.stream.Collectors;

import org.sixrates.input.BadInputException;
import org.sixrates.security.Access;
import org.sixrates.security.Role;
import org.sixrates.system.SixRatesProperties;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Term;
import org.sixrates.web.Labels;
import org.sixrates.web.Refused;
import org.sixrates.years.YearState;
import org.sixrates.years.YearStates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The award page of a year (its state and moves, every committee × award and why, the
 * snapshots, the objections), the printable award list and the method statement.
 */
@Controller
class AwardPages {

	private final AwardDecisions decisions;

	private final Publications publications;

	private final Objections objections;

	private final YearResults results;

	private final YearStates years;

	private final SixRatesProperties properties;

	AwardPages(AwardDecisions decisions, Publications publications, Objections objections, YearResults results,
			YearStates years, SixRatesProperties properties) {
		this.decisions = decisions;
		this.publications = publications;
		this.objections = objections;
		this.results = results;
		this.years = years;
		this.properties = properties;
	}

	/**
	 * The latest year, or the one the year selector names (it works without JavaScript).
	 */
	@GetMapping("/awards")
	String latest(@RequestParam(required = false) Integer year) {
		if (year != null) {
			return "redirect:/awards/" + year;
		}
		SortedSet<Integer> all = results.years();
		return all.isEmpty() ? "redirect:/" : "redirect:/awards/" + all.last();
	}

	@GetMapping("/awards/{year}")
	String page(@PathVariable int year, Model model) {
		AwardDecision decision = decision(year);
		model.addAttribute("decision", decision);
		model.addAttribute("names", decision.committees()
			.stream()
			.collect(Collectors.toMap(AwardDecision.CommitteeAwards::code, AwardDecision.CommitteeAwards::name)));
		model.addAttribute("years", List.copyOf(results.years()));
		model.addAttribute("moves", decision.status().state().moves());
		model.addAttribute("snapshots", results.snapshots(year));
		model.addAttribute("today", years.today());
		if (decision.status().snapshot() != null) {
			int version = decision.status().snapshot().version();
			model.addAttribute("changes", publications.changes(year, version));
			if (decision.status().differs()) {
				model.addAttribute("drift", publications.drift(year, version));
			}
		}
		boolean clerk = Access.hasRole(Role.CLERK);
		if (Access.hasRole(Role.ADMIN) || clerk) {
			model.addAttribute("objections", objections.list(year));
		}
		model.addAttribute("mayObject", clerk && decision.status().state() == YearState.PUBLICIZED);
		model.addAttribute("ownCommittee", Access.committeeScope().orElse(null));
		return "awards/award";
	}

	@PostMapping("/awards/{year}/state")
	String move(@PathVariable int year, @RequestParam String to, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) String from, @RequestParam(required = false) String until,
			RedirectAttributes redirect) {
		YearState target = Term.parse(YearState.class, to)
			.orElseThrow(() -> Refused.badParameter("to", to, Term.describe(YearState.class)));
		return act(year, redirect, () -> publications.move(year, target, reason, AwardsApi.date("from", from),
				AwardsApi.date("until", until)), "awards.moved");
	}

	@PostMapping("/awards/{year}/closing-date")
	String closingDate(@PathVariable int year, @RequestParam(defaultValue = "") String closesOn,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		LocalDate date = AwardsApi.date("closesOn", closesOn);
		return act(year, redirect, () -> publications.setClosingDate(year, date, reason), "awards.closingDateSet");
	}

	@PostMapping("/awards/{year}/snapshots/{version}/verify")
	String verify(@PathVariable int year, @PathVariable int version, RedirectAttributes redirect) {
		redirect.addFlashAttribute("verification", publications.verify(year, version));
		return "redirect:/awards/" + year + "#snapshots";
	}

	@PostMapping("/awards/{year}/objections")
	String lodge(@PathVariable int year, @RequestParam(defaultValue = "") String text,
			@RequestParam(required = false) String rate, @RequestParam(required = false) String records,
			RedirectAttributes redirect) {
		return act(year, redirect, () -> objections.lodge(year, null, text, rate, records), "awards.objection.lodged");
	}

	@PostMapping("/awards/{year}/objections/{id}/answer")
	String answer(@PathVariable int year, @PathVariable long id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String reply, RedirectAttributes redirect) {
		Objection.Decision answer = AwardsApi.decision(decision);
		return act(year, redirect, () -> objections.answer(year, id, answer, reply), "awards.objection.answered");
	}

	/** The award list (表彰名单), for print. */
	@GetMapping("/awards/{year}/list")
	String list(@PathVariable int year, Model model) {
		AwardDecision decision = decision(year);
		model.addAttribute("decision", decision);
		model.addAttribute("list", decisions.list(year).orElseThrow());
		model.addAttribute("office", properties.office());
		model.addAttribute("printed", years.today());
		return "awards/list";
	}

	/**
	 * The method statement (方法说明): the snapshot's for a frozen year, else today's
	 * scheme's.
	 */
	@GetMapping("/awards/{year}/method")
	String method(@PathVariable int year, Model model) {
		AwardDecision decision = decision(year);
		Locale locale = Labels.locale();
		ShownYear shown = results.shown(year).orElseThrow();
		model.addAttribute("decision", decision);
		model.addAttribute("statement", MethodStatement.of(shown.scheme(), locale));
		model.addAttribute("office", properties.office());
		model.addAttribute("printed", years.today());
		return "awards/method";
	}

	private AwardDecision decision(int year) {
		return decisions.decision(year).orElseThrow(() -> Refused.notFound("problem.noRanking", year));
	}

	/**
	 * Runs a change and returns to the award page with what it did, or with why it was
	 * refused: a refusal the user can read is a message on the page, not an error page.
	 */
	private String act(int year, RedirectAttributes redirect, Runnable change, String done) {
		try {
			change.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (BadInputException ex) {
			redirect.addFlashAttribute("refused", ex.errors()
				.stream()
				.map(error -> Message.of("awards.refused.input", error.expected(Labels.locale())).in(Labels.locale()))
				.toList());
		}
		catch (Refused ex) {
			redirect.addFlashAttribute("refused", List.of(ex.userMessage().in(Labels.locale())));
		}
		return "redirect:/awards/" + year;
	}

}
