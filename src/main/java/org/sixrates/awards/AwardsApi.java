package org.sixrates.awards;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.sixrates.spreadsheet.Letterhead;
import org.sixrates.spreadsheet.Xlsx;
import org.sixrates.spreadsheet.XlsxResponse;
import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.Term;
import org.sixrates.web.ApiLanguage;
import org.sixrates.web.Refused;
import org.sixrates.years.AssessmentYear;
import org.sixrates.years.YearState;
import org.sixrates.years.YearStates;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The year's states, its award decision, its snapshots and its objections as JSON (DESIGN
 * §7).
 */
@RestController
@RequestMapping("/api")
class AwardsApi {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final Publications publications;

	private final AwardDecisions decisions;

	private final Objections objections;

	private final YearStates years;

	private final DSLContext dsl;

	private final Letterhead letterhead;

	AwardsApi(Publications publications, AwardDecisions decisions, Objections objections, YearStates years,
			DSLContext dsl, Letterhead letterhead) {
		this.publications = publications;
		this.decisions = decisions;
		this.objections = objections;
		this.years = years;
		this.dsl = dsl;
		this.letterhead = letterhead;
	}

	/** A move: {@code to} a state (its code or label), why, and a publicity's dates. */
	record MoveRequest(String to, String reason, String from, String until) {
	}

	/** A closing date (ISO), or none to clear it, and why. */
	record ClosingDateRequest(String closesOn, String reason) {
	}

	/** An objection: its text, and optionally a rate and record ids. */
	record ObjectionRequest(String committee, String text, String rate, String records) {
	}

	/**
	 * The office's answer: {@code UPHELD} or {@code DISMISSED} (or 采纳 / 不予采纳), and a
	 * reply.
	 */
	record AnswerRequest(String decision, String reply) {
	}

	@GetMapping("/years/{year}")
	@Transactional
	YearView year(@PathVariable int year) {
		years.closeDue(dsl);
		AssessmentYear found = years.find(dsl, year).orElseThrow(() -> Refused.notFound("year.unknown", year));
		return new YearView(found, found.state().moves(), new SnapshotStore(dsl).list(year));
	}

	@PostMapping("/years/{year}/state")
	YearView move(@PathVariable int year, @RequestBody MoveRequest request) {
		YearState to = Term.parse(YearState.class, request.to())
			.orElseThrow(
					() -> Refused.badParameter("to", String.valueOf(request.to()), Term.describe(YearState.class)));
		publications.move(year, to, request.reason(), date("from", request.from()), date("until", request.until()));
		return year(year);
	}

	@PutMapping("/years/{year}/closing-date")
	YearView closingDate(@PathVariable int year, @RequestBody ClosingDateRequest request) {
		publications.setClosingDate(year, date("closesOn", request.closesOn()), request.reason());
		return year(year);
	}

	@GetMapping("/awards/{year}")
	AwardDecision awards(@PathVariable int year) {
		return decisions.decision(year).orElseThrow(() -> Refused.notFound("problem.noRanking", year));
	}

	/** The award list as CSV: {@code year,award,rank,committee,name,score}. */
	@GetMapping("/awards/{year}.csv")
	ResponseEntity<byte[]> awardsCsv(@PathVariable int year, @RequestParam(defaultValue = "en") String lang) {
		boolean chinese = !Messages.english(ApiLanguage.ofExport(lang));
		AwardList list = decisions.list(year).orElseThrow(() -> Refused.notFound("problem.noRanking", year));
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename("awards-" + year + (chinese ? "-zh" : "") + ".csv")
			.build();
		return ResponseEntity.ok()
			.contentType(CSV)
			.headers(headers -> headers.setContentDisposition(attachment))
			.body(AwardListCsv.withBom(list, chinese));
	}

	/**
	 * The award list as an Excel workbook, headers and labels in English or, with
	 * {@code lang=zh}, Chinese.
	 */
	@GetMapping("/awards/{year}.xlsx")
	ResponseEntity<byte[]> awardsXlsx(@PathVariable int year, @RequestParam(defaultValue = "en") String lang) {
		Locale locale = ApiLanguage.ofExport(lang);
		byte[] workbook = decisions.listSheet(year, locale, letterhead)
			.map(Xlsx::write)
			.orElseThrow(() -> Refused.notFound("problem.noRanking", year));
		return XlsxResponse.of(workbook, AwardListXlsx.fileName(year, locale));
	}

	@GetMapping("/snapshots/{year}/{version}")
	SnapshotView snapshot(@PathVariable int year, @PathVariable int version) {
		return SnapshotView.of(publications.snapshot(year, version));
	}

	@PostMapping("/snapshots/{year}/{version}/verify")
	Verification verify(@PathVariable int year, @PathVariable int version) {
		return publications.verify(year, version);
	}

	@GetMapping("/snapshots/{year}/{version}/drift")
	Drift drift(@PathVariable int year, @PathVariable int version) {
		return publications.drift(year, version);
	}

	/** What a version changed against the one before: ranks, scores, grades, awards. */
	@GetMapping("/snapshots/{year}/{version}/changes")
	List<Difference> changes(@PathVariable int year, @PathVariable int version) {
		return publications.changes(year, version);
	}

	@GetMapping("/years/{year}/objections")
	List<Objection> objections(@PathVariable int year) {
		return objections.list(year);
	}

	@PostMapping("/years/{year}/objections")
	ResponseEntity<Objection> lodge(@PathVariable int year, @RequestBody ObjectionRequest request) {
		Objection lodged = objections.lodge(year, request.committee(), request.text(), request.rate(),
				request.records());
		return ResponseEntity.status(HttpStatus.CREATED).body(lodged);
	}

	@PostMapping("/years/{year}/objections/{id}/answer")
	Objection answer(@PathVariable int year, @PathVariable long id, @RequestBody AnswerRequest request) {
		return objections.answer(year, id, decision(request.decision()), request.reply());
	}

	/**
	 * A decision by its code or label (采纳 / 不予采纳); none for a blank, which the answer
	 * refuses.
	 */
	static Objection.Decision decision(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return Term.parse(Objection.Decision.class, text)
			.orElseThrow(() -> Refused.badParameter("decision", text, Term.describe(Objection.Decision.class)));
	}

	static LocalDate date(String name, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw Refused.badParameter(name, text, Message.of("year.date.expected"));
		}
	}

}
