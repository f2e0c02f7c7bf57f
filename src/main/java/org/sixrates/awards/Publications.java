package org.sixrates.awards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.sixrates.input.Sha256;
import org.sixrates.rules.Award;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeFile;
import org.sixrates.scoring.Cube;
import org.sixrates.scoring.Scorer;
import org.sixrates.scoring.YearResult;
import org.sixrates.security.Access;
import org.sixrates.security.Denied;
import org.sixrates.security.Role;
import org.sixrates.tallies.TallyRepository;
import org.sixrates.vocabulary.Messages;
import org.sixrates.web.Refused;
import org.sixrates.years.AssessmentYear;
import org.sixrates.years.YearState;
import org.sixrates.years.YearStates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city office's moves of a year (DESIGN §7) and what they freeze: publicizing or
 * publishing writes the next snapshot in the transaction of the move, so that a failure
 * anywhere leaves neither the move nor a part of the snapshot; a move back marks the
 * current snapshot superseded and keeps it. Verify recomputes a snapshot from its own
 * inputs and scheme; drift compares it with today's data and rules.
 */
@Service
public class Publications {

	private final DSLContext dsl;

	private final YearStates years;

	private final TallyRepository tallies;

	private final SchemeFile schemeFile;

	private final Scheme scheme;

	private final YearResults results;

	private final Clock clock;

	private final Scorer scorer = new Scorer();

	Publications(DSLContext dsl, YearStates years, TallyRepository tallies, SchemeFile schemeFile, Scheme scheme,
			YearResults results, Clock clock) {
		this.dsl = dsl;
		this.years = years;
		this.tallies = tallies;
		this.schemeFile = schemeFile;
		this.scheme = scheme;
		this.results = results;
		this.clock = clock;
	}

	/** Moves {@code year} to {@code to}; the city office only. */
	@Transactional
	public AssessmentYear move(int year, YearState to, String reason, LocalDate from, LocalDate until) {
		checkOffice();
		return moveAs(year, to, reason, from, until, Access.userName());
	}

	/**
	 * Moves {@code year} as {@code by} without a signed-in user: for the application
	 * itself, which publishes the demo city's earlier years when it seeds them.
	 */
	@Transactional
	public AssessmentYear moveAs(int year, YearState to, String reason, LocalDate from, LocalDate until, String by) {
		AssessmentYear before = years.move(dsl, year, to, reason, from, until, by);
		SnapshotStore store = new SnapshotStore(dsl);
		if (before.state().frozen()) {
			// the draft or the publication is withdrawn, or replaced below: kept, marked
			store.supersede(year, clock.instant(), by);
		}
		if (to.frozen()) {
			store.write(freeze(year, store.nextVersion(year), to.name(), by));
		}
		return years.find(dsl, year).orElseThrow();
	}

	/** Sets or clears the closing date of an open year; the city office only. */
	@Transactional
	public AssessmentYear setClosingDate(int year, LocalDate closesOn, String reason) {
		checkOffice();
		years.setClosingDate(dsl, year, closesOn, reason, Access.userName());
		return years.find(dsl, year).orElseThrow();
	}

	/** Recomputes a snapshot from its stored inputs and scheme bytes. */
	@Transactional(readOnly = true)
	public Verification verify(int year, int version) {
		// read afresh, never from a cache: what is checked is what the database holds now
		SnapshotStore store = new SnapshotStore(dsl);
		Snapshot snapshot = store.id(year, version)
			.map(store::read)
			.orElseThrow(() -> Refused.notFound("snapshot.unknown", year, Integer.toString(version)));
		List<Difference> differences = new ArrayList<>();
		String sha = Sha256.hex(snapshot.scheme().bytes());
		if (!sha.equals(snapshot.schemeSha256())) {
			differences.add(new Difference(null, null, Difference.Aspect.WEIGHT, "scheme.sha256",
					snapshot.schemeSha256(), sha));
		}
		YearResult recomputed = compute(snapshot.scheme().scheme(), snapshot.inputs(), year);
		differences.addAll(ResultComparison.between(snapshot.result(), recomputed));
		return new Verification(year, version, differences.isEmpty(), differences);
	}

	/** Today's data and rules against a snapshot. */
	@Transactional(readOnly = true)
	public Drift drift(int year, int version) {
		Snapshot snapshot = snapshot(year, version);
		YearResult today = results.live(year).orElse(new YearResult(year, List.of(), List.of()));
		String digest = DataDigest.of(dsl, liveYears(snapshot.inputs(), year), tallies.approvedOnly());
		return new Drift(year, version, snapshot.schemeSha256(), scheme.sha256(), snapshot.dataDigest(), digest,
				ResultComparison.between(snapshot.result(), today));
	}

	/** What a version changed against the version before it: ranks, scores and awards. */
	@Transactional(readOnly = true)
	public List<Difference> changes(int year, int version) {
		if (version <= 1) {
			return List.of();
		}
		Snapshot before = snapshot(year, version - 1);
		Snapshot after = snapshot(year, version);
		return ResultComparison.visible(ResultComparison.between(before.result(), after.result()));
	}

	Snapshot snapshot(int year, int version) {
		return results.snapshot(year, version)
			.orElseThrow(() -> Refused.notFound("snapshot.unknown", year, Integer.toString(version)));
	}

	/**
	 * The snapshot of {@code year} now: the inputs read in this transaction, under the
	 * lock the move holds on the year.
	 */
	private Snapshot freeze(int year, int version, String stage, String by) {
		SnapshotInputs inputs = inputs(year);
		YearResult result = compute(scheme, inputs, year);
		String digest = DataDigest.of(dsl, liveYears(inputs, year), tallies.approvedOnly());
		return new Snapshot(0, year, version, stage, clock.instant(), by, null, null, schemeFile, scheme.sha256(),
				digest, MethodStatement.of(scheme, Messages.CHINESE).text(),
				MethodStatement.of(scheme, Messages.ENGLISH).text(), inputs, result);
	}

	private SnapshotInputs inputs(int year) {
		SnapshotStore store = new SnapshotStore(dsl);
		Map<Integer, Integer> published = store.publishedVersions();
		Map<Integer, Map<String, Set<String>>> wins = store.publishedWins(published);
		TreeMap<Integer, Integer> earlier = new TreeMap<>();
		Map<Integer, Map<String, Set<String>>> settled = new HashMap<>();
		List<Integer> live = new ArrayList<>(List.of(year));
		for (int e = year - depth(scheme); e < year; e++) {
			earlier.put(e, published.get(e));
			if (published.containsKey(e)) {
				settled.put(e, wins.get(e));
			}
			else {
				live.add(e);
			}
		}
		Cube cube = tallies.of(live);
		return new SnapshotInputs(cube, earlier, settled);
	}

	private YearResult compute(Scheme rules, SnapshotInputs inputs, int year) {
		return scorer.score(rules, inputs.cube(), inputs.settled())
			.years()
			.stream()
			.filter(result -> result.year() == year)
			.findFirst()
			.orElse(new YearResult(year, List.of(), List.of()));
	}

	/**
	 * The years whose records feed a snapshot: its own and the earlier ones read live.
	 */
	private static List<Integer> liveYears(SnapshotInputs inputs, int year) {
		List<Integer> live = new ArrayList<>(List.of(year));
		inputs.earlier().forEach((earlier, version) -> {
			if (version == null) {
				live.add(earlier);
			}
		});
		return live;
	}

	/**
	 * How many years before a year its consecutive awards read, through awards that build
	 * on consecutive awards: {@code years − 1} plus what the named award reads.
	 */
	static int depth(Scheme scheme) {
		Map<String, Integer> depths = new HashMap<>();
		int deepest = 0;
		for (Award award : scheme.awards()) {
			int depth = (award.consecutive() == null) ? 0
					: award.consecutive().years() - 1 + depths.getOrDefault(award.consecutive().award(), 0);
			depths.put(award.id(), depth);
			deepest = Math.max(deepest, depth);
		}
		return deepest;
	}

	private static void checkOffice() {
		if (!Access.hasRole(Role.ADMIN)) {
			throw new Denied("year.officeOnly");
		}
	}

}
