package org.sixrates.awards;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.YearResult;
import org.sixrates.system.RecentResults;
import org.sixrates.tallies.TallyRepository;
import org.sixrates.years.AssessmentYear;
import org.sixrates.years.YearStates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The results every view of a year reads: the ranking, the detail, the JSON and the CSV
 * alike, so that a published year shows its published figures everywhere.
 */
@Service
public class YearResults {

	private final LiveAssessment live;

	private final YearStates years;

	private final DSLContext dsl;

	/** Snapshots by id: never changed once written, so read once. */
	private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();

	private final TransactionTemplate transaction;

	/**
	 * What was shown for a year, by the live results and the day: every change of
	 * records, committees, a year's state or its snapshots writes an audit event, which
	 * moves {@link TallyRepository#version()} and so makes new live results, and a year
	 * may close by its date. A view of the ranking then asks the database for one number,
	 * not for a transaction of its own while it builds the page.
	 */
	private final RecentResults<List<Object>, Optional<ShownYear>> recentShown = new RecentResults<>(16);

	YearResults(LiveAssessment live, YearStates years, DSLContext dsl, PlatformTransactionManager transactions) {
		this.live = live;
		this.years = years;
		this.dsl = dsl;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Every assessment year with committees, ascending. */
	public SortedSet<Integer> years() {
		return live.current().years();
	}

	/**
	 * The results shown for {@code year}, empty when the year has no committees. Inside a
	 * transaction, which may have changed what is shown and may yet roll back, they are
	 * read afresh and not kept.
	 */
	public Optional<ShownYear> shown(int year) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return read(year);
		}
		// the results first: what is read after them is at least as new
		return recentShown.get(List.of(new RecentResults.Same(live.current()), years.today(), year),
				() -> transaction.execute(status -> read(year)));
	}

	private Optional<ShownYear> read(int year) {
		years.closeDue(dsl);
		LiveAssessment.State state = live.current();
		if (!state.years().contains(year)) {
			return Optional.empty();
		}
		Integer before = state.years().headSet(year).isEmpty() ? null : state.years().headSet(year).last();
		YearResult previous = (before == null) ? null : result(before, state);
		AssessmentYear assessmentYear = years.find(dsl, year).orElse(AssessmentYear.open(year));
		YearResult liveResult = liveResult(year, state);
		if (assessmentYear.state().frozen()) {
			Optional<Snapshot> snapshot = currentSnapshot(year);
			if (snapshot.isPresent()) {
				Snapshot shown = snapshot.get();
				boolean differs = !ResultComparison.between(shown.result(), liveResult).isEmpty();
				return Optional.of(new ShownYear(year, shown.scheme().scheme(), shown.result(), previous,
						committees(shown.inputs().cube().committees(), year),
						new YearStatus(assessmentYear, shown.summary(), differs)));
			}
		}
		return Optional.of(new ShownYear(year, live.scheme(), liveResult, previous,
				committees(state.committees(), year), new YearStatus(assessmentYear, null, false)));
	}

	/** The live results of {@code year}, whatever its state: what drift compares with. */
	Optional<YearResult> live(int year) {
		LiveAssessment.State state = live.current();
		return state.years().contains(year) ? Optional.of(liveResult(year, state)) : Optional.empty();
	}

	/**
	 * The {@code depth} years before {@code year} as a consecutive award reads them now:
	 * each → the version of its published snapshot, or {@code null} when read live.
	 */
	Map<Integer, Integer> earlierNow(int year, int depth) {
		Map<Integer, Integer> published = live.current().published();
		Map<Integer, Integer> earlier = new java.util.TreeMap<>();
		for (int e = year - depth; e < year; e++) {
			earlier.put(e, published.get(e));
		}
		return earlier;
	}

	/** The summaries of every snapshot of {@code year}, by version. */
	@Transactional(readOnly = true)
	public List<SnapshotSummary> snapshots(int year) {
		return new SnapshotStore(dsl).list(year);
	}

	/** The snapshot of a year's version, whole. */
	Optional<Snapshot> snapshot(int year, int version) {
		return new SnapshotStore(dsl).id(year, version).map(this::read);
	}

	Optional<Snapshot> currentSnapshot(int year) {
		return new SnapshotStore(dsl).current(year).map(this::read);
	}

	private Snapshot read(long id) {
		Snapshot cached = snapshots.computeIfAbsent(id, key -> new SnapshotStore(dsl).read(key));
		// superseded is the one thing that changes: read it fresh
		SnapshotSummary summary = new SnapshotStore(dsl).list(cached.year())
			.stream()
			.filter(s -> s.version() == cached.version())
			.findFirst()
			.orElseThrow();
		return new Snapshot(cached.id(), cached.year(), cached.version(), cached.stage(), cached.createdAt(),
				cached.createdBy(), summary.supersededAt(), summary.supersededBy(), cached.scheme(),
				cached.schemeSha256(), cached.dataDigest(), cached.methodZh(), cached.methodEn(), cached.inputs(),
				cached.result());
	}

	/** A year's results as shown: the snapshot's when it is frozen, live otherwise. */
	private YearResult result(int year, LiveAssessment.State state) {
		AssessmentYear assessmentYear = years.find(dsl, year).orElse(AssessmentYear.open(year));
		if (assessmentYear.state().frozen()) {
			Optional<Snapshot> snapshot = currentSnapshot(year);
			if (snapshot.isPresent()) {
				return snapshot.get().result();
			}
		}
		return liveResult(year, state);
	}

	private static YearResult liveResult(int year, LiveAssessment.State state) {
		return state.assessment().years().stream().filter(r -> r.year() == year).findFirst().orElseThrow();
	}

	private static List<CommitteeYear> committees(List<CommitteeYear> committees, int year) {
		return committees.stream().filter(committee -> committee.year() == year).toList();
	}

}
