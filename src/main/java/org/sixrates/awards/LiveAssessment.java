package org.sixrates.awards;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jooq.DSLContext;
import org.sixrates.rules.Scheme;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.Cube;
import org.sixrates.scoring.Measured;
import org.sixrates.scoring.Scorer;
import org.sixrates.tallies.FollowedCube;
import org.sixrates.tallies.TallyRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Today's data scored by the active scheme, every year, a consecutive award reading the
 * awards of a published year from its snapshot (DESIGN §11). Readers never wait: they get
 * the last complete results, through a lock-free reference. A change of the data is
 * scored once, from the kept cube, re-reading and measuring again only the committee
 * years that changed ({@link FollowedCube}, {@link Measured}): by the first reader that
 * finds the results older than the data while nobody else is scoring (the others
 * meanwhile get the last results), or by the writer itself once its change has committed
 * ({@link #caughtUp()}), so that whoever changed the data sees the change in the response
 * that follows. The scoring time is the {@code sixrates.scoring} timer.
 */
@Component
class LiveAssessment {

	private final TallyRepository tallies;

	private final DSLContext dsl;

	private final Scheme scheme;

	private final Scorer scorer = new Scorer();

	private final Timer scoring;

	private final FollowedCube cube;

	private final TransactionTemplate reading;

	private final AtomicReference<State> state = new AtomicReference<>();

	/** Held by whoever scores. */
	final ReentrantLock rescoring = new ReentrantLock();

	LiveAssessment(TallyRepository tallies, DSLContext dsl, Scheme scheme, MeterRegistry meters,
			PlatformTransactionManager transactions) {
		this.tallies = tallies;
		this.dsl = dsl;
		this.scheme = scheme;
		this.cube = new FollowedCube(dsl, tallies.approvedOnly());
		this.scoring = Timer.builder("sixrates.scoring")
			.description("Time to read the changed cells and score every year after the data changed")
			.register(meters);
		// a reader's transaction, or the one the reader is in: one connection either way
		this.reading = new TransactionTemplate(transactions);
		this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
		this.reading.setReadOnly(true);
	}

	/**
	 * Each committee year as measured by the scheme, kept between scorings: a change
	 * measures again only the committee years whose cells were re-read (or whose members
	 * changed), and every year is then scored from these. Used under {@link #rescoring}.
	 */
	private final Map<CommitteeYear, Measured> measured = new HashMap<>();

	/** How many committee years the last scoring measured again. */
	private int remeasured;

	/** The assessment, the cube it was computed from and the published years it read. */
	record State(long version, SortedSet<Integer> years, FollowedCube.Reading read, Assessment assessment,
			Map<Integer, Integer> published) {

		/** Every committee year, in year and code order. */
		List<CommitteeYear> committees() {
			return read.committees();
		}

		/** The whole cube the assessment was computed from, made when first asked for. */
		Cube cube() {
			return read.cube();
		}

	}

	/**
	 * The last complete results: scored now if they are older than the data and nobody is
	 * scoring, else as they are. Only the very first call waits for a scoring.
	 */
	State current() {
		State shown = state.get();
		if (shown != null && shown.version() == tallies.version()) {
			return shown;
		}
		if (shown == null) {
			rescoring.lock();
		}
		else if (!rescoring.tryLock()) {
			return shown;
		}
		try {
			return reading.execute(status -> upToDate());
		}
		finally {
			rescoring.unlock();
		}
	}

	/**
	 * Brings the results up to the data as committed now, waiting for a scoring under
	 * way: for a writer, right after its change has committed. It reads on the connection
	 * of the transaction that just committed, still the thread's until the commit is
	 * done, so that a writer never holds one connection while it waits for another
	 * (writers at once would otherwise empty the pool).
	 */
	void caughtUp() {
		rescoring.lock();
		try {
			upToDate();
		}
		finally {
			rescoring.unlock();
		}
	}

	/** How many committee years the last scoring measured again. */
	int remeasured() {
		rescoring.lock();
		try {
			return remeasured;
		}
		finally {
			rescoring.unlock();
		}
	}

	/** The last complete results, as they are. */
	State last() {
		return state.get();
	}

	Scheme scheme() {
		return scheme;
	}

	/** Under the lock: the results of the data's version, scored if they are not. */
	private State upToDate() {
		long version = tallies.version();
		State shown = state.get();
		if (shown != null && shown.version() == version) {
			return shown;
		}
		State scored = scoring.record(() -> score(version));
		state.set(scored);
		return scored;
	}

	/**
	 * The data read after their version: if they changed meanwhile, they are newer than
	 * the version says, and the next reader scores them again.
	 */
	private State score(long version) {
		FollowedCube.Reading read = cube.read();
		SortedSet<Integer> years = new TreeSet<>();
		read.committees().stream().map(CommitteeYear::year).forEach(years::add);
		measured.keySet().retainAll(new HashSet<>(read.committees()));
		List<CommitteeYear> unmeasured = read.committees()
			.stream()
			.filter(committee -> read.changed(committee) || !measured.containsKey(committee))
			.toList();
		measured.putAll(Measured.of(scheme, read.of(unmeasured)));
		remeasured = unmeasured.size();
		SnapshotStore store = new SnapshotStore(dsl);
		Map<Integer, Integer> published = store.publishedVersions();
		Map<Integer, Map<String, Set<String>>> settled = store.publishedWins(published);
		return new State(version, years, read, scorer.score(scheme, read.committees(), measured, settled), published);
	}

}
