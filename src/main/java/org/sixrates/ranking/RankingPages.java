package org.sixrates.ranking;

import java.util.List;
import java.util.SortedSet;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.sixrates.ranking.CommitteeDetail;
import org.sixrates.ranking.RankingTable;
import org.sixrates.ranking.RankingService;
import org.sixrates.review.Reviews;
import org.sixrates.security.Access;
import org.sixrates.web.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The ranking page of a year and the page of one committee's year. */
@Controller
class RankingPages {

	private final RankingService rankings;

	private final RankingCharts charts;

	private final Counter requests;

	private final Reviews reviews;

	RankingPages(RankingService rankings, RankingCharts charts, Reviews reviews, MeterRegistry registry) {
		this.rankings = rankings;
		this.reviews = reviews;
		this.charts = charts;
		this.requests = RankingMeters.requests(registry, "html");
	}

	@GetMapping("/")
	String home() {
		SortedSet<Integer> years = rankings.years();
		return years.isEmpty() ? "rankings/none" : "redirect:/rankings/" + years.last();
	}

	/** The year selector's target, so that it works without JavaScript. */
	@GetMapping("/rankings")
	String select(@RequestParam(required = false) Integer year) {
		return (year == null) ? "redirect:/" : "redirect:/rankings/" + year;
	}

	/**
	 * A page of the ranking in the order asked for; {@code find} a committee by code or
	 * name: the one found opens on its page, its row marked and the charts on it, several
	 * are listed to choose from.
	 */
	@GetMapping("/rankings/{year}")
	String ranking(@PathVariable int year, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
			@RequestParam(required = false) String find, @RequestParam(required = false) String found, Model model) {
		requests.increment();
		RankingTable ranking = rankings.ranking(year).orElseThrow(() -> Refused.notFound("problem.noRanking", year));
		RankingPage shown = RankingPage.of(ranking, RankingOrder.of(sort, dir, ranking), page);
		if (find != null && !find.isBlank()) {
			List<RankingRow> matches = shown.matches(find);
			if (matches.size() == 1) {
				return "redirect:" + shown.linkTo(matches.get(0).code());
			}
			model.addAttribute("find", find.strip());
			model.addAttribute("matches", matches.stream().limit(RankingPage.MOST_MATCHES).toList());
			model.addAttribute("moreMatches", Math.max(0, matches.size() - RankingPage.MOST_MATCHES));
		}
		String own = Access.committeeScope().orElse(null);
		String chosen = (found != null && shown.row(found).isPresent()) ? found : own;
		model.addAttribute("ranking", ranking);
		model.addAttribute("shown", shown);
		model.addAttribute("found", (chosen != null && chosen.equals(found)) ? found : null);
		model.addAttribute("chosen", chosen);
		model.addAttribute("chartJson", charts.ranking(ranking, shown.rows(), own, chosen));
		model.addAttribute("chartRows", RankingCharts.carriedRows(ranking, shown.rows(), own, chosen));
		model.addAttribute("chartTop", RankingCharts.CHART_TOP);
		model.addAttribute("chartNeighbours", RankingCharts.NEIGHBOURS);
		// a clerk finds its own committee marked, and the radar opens on it
		model.addAttribute("ownCommittee", own);
		// what the office has not yet reviewed does not count: say so beside each
		// committee
		model.addAttribute("waiting", reviews.waiting(year));
		return "rankings/ranking";
	}

	@GetMapping("/committees/{code}/{year}")
	String committee(@PathVariable String code, @PathVariable int year, Model model) {
		Access.checkSee(code);
		CommitteeDetail detail = rankings.detail(code, year)
			.orElseThrow(() -> Refused.notFound("problem.notAssessed", code, year));
		model.addAttribute("detail", detail);
		model.addAttribute("chartJson", charts.detail(detail));
		model.addAttribute("waiting", reviews.waiting(year).get(code));
		return "rankings/committee";
	}

}
