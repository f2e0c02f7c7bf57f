package org.sixrates.awards;

import static org.sixrates.db.Tables.ASSESSMENT_YEAR;
import static org.sixrates.db.Tables.SNAPSHOT;
import static org.sixrates.db.Tables.SNAPSHOT_AWARD;
import static org.sixrates.db.Tables.SNAPSHOT_CELL;
import static org.sixrates.db.Tables.SNAPSHOT_COMMITTEE;
import static org.sixrates.db.Tables.SNAPSHOT_EARLIER_AWARD;
import static org.sixrates.db.Tables.SNAPSHOT_EARLIER_YEAR;
import static org.sixrates.db.Tables.SNAPSHOT_RATE;
import static org.sixrates.db.Tables.SNAPSHOT_RESULT;
import static org.sixrates.db.Tables.SNAPSHOT_WEIGHT;
import static org.sixrates.system.Batches.slot;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jooq.DSLContext;
import org.sixrates.rules.Grade;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeFile;
import org.sixrates.scoring.AwardOutcome;
import org.sixrates.scoring.Cell;
import org.sixrates.scoring.CommitteeResult;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.Cube;
import org.sixrates.scoring.RateResult;
import org.sixrates.scoring.RateSummary;
import org.sixrates.scoring.YearResult;
import org.sixrates.system.Batches;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Localizable;
import org.sixrates.vocabulary.Messages;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/**
 * Writes and reads snapshots: one row of {@code snapshot} and its inputs and results in
 * the tables beside it. Doubles are stored as the IEEE 754 values they are (both H2 and
 * PostgreSQL keep {@code double precision} exactly), so a snapshot read back holds the
 * very numbers that were computed. Nothing here updates a snapshot but to mark it
 * superseded.
 */
final class SnapshotStore {

	private final DSLContext dsl;

	SnapshotStore(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The next version number of {@code year}: one more than the highest so far. */
	int nextVersion(int year) {
		Integer last = dsl.select(org.jooq.impl.DSL.max(SNAPSHOT.VERSION))
			.from(SNAPSHOT)
			.where(SNAPSHOT.YEAR.eq(year))
			.fetchOne()
			.value1();
		return (last == null) ? 1 : last + 1;
	}

	/** Marks every current snapshot of {@code year} superseded. */
	void supersede(int year, Instant at, String by) {
		dsl.update(SNAPSHOT)
			.set(SNAPSHOT.SUPERSEDED_AT, at.atOffset(ZoneOffset.UTC))
			.set(SNAPSHOT.SUPERSEDED_BY, by)
			.where(SNAPSHOT.YEAR.eq(year), SNAPSHOT.SUPERSEDED_AT.isNull())
			.execute();
	}

	/** Writes {@code snapshot} (its id is ignored) and returns its id. */
	long write(Snapshot snapshot) {
		long id = dsl.insertInto(SNAPSHOT)
			.set(SNAPSHOT.YEAR, snapshot.year())
			.set(SNAPSHOT.VERSION, snapshot.version())
			.set(SNAPSHOT.STAGE, snapshot.stage())
			.set(SNAPSHOT.CREATED_AT, snapshot.createdAt().atOffset(ZoneOffset.UTC))
			.set(SNAPSHOT.CREATED_BY, snapshot.createdBy())
			.set(SNAPSHOT.SCHEME_FILE, snapshot.scheme().name())
			.set(SNAPSHOT.SCHEME_BYTES, snapshot.scheme().bytes())
			.set(SNAPSHOT.SCHEME_SHA256, snapshot.schemeSha256())
			.set(SNAPSHOT.DATA_DIGEST, snapshot.dataDigest())
			.set(SNAPSHOT.METHOD_ZH, snapshot.methodZh())
			.set(SNAPSHOT.METHOD_EN, snapshot.methodEn())
			.returningResult(SNAPSHOT.ID)
			.fetchOne(SNAPSHOT.ID);
		writeInputs(id, snapshot.inputs());
		writeResult(id, snapshot.result());
		return id;
	}

	private void writeInputs(long id, SnapshotInputs inputs) {
		var c = SNAPSHOT_COMMITTEE;
		Batches.execute(dsl,
				dsl.insertInto(c, c.SNAPSHOT_ID, c.YEAR, c.COMMITTEE, c.NAME, c.MEMBERS)
					.values(slot(c.SNAPSHOT_ID), slot(c.YEAR), slot(c.COMMITTEE), slot(c.NAME), slot(c.MEMBERS)),
				inputs.cube().committees(), committee -> new Object[] { id, committee.year(), committee.code(),
						committee.name(), committee.members() });
		var k = SNAPSHOT_CELL;
		Batches.execute(dsl,
				dsl.insertInto(k, k.SNAPSHOT_ID, k.YEAR, k.COMMITTEE, k.KIND, k.SUBTYPE, k.LEVEL_REACHED, k.STATUS,
						k.CONVERTED, k.SATISFACTION, k.RECORDS, k.QUANTITY, k.SCORE)
					.values(slot(k.SNAPSHOT_ID), slot(k.YEAR), slot(k.COMMITTEE), slot(k.KIND), slot(k.SUBTYPE),
							slot(k.LEVEL_REACHED), slot(k.STATUS), slot(k.CONVERTED), slot(
									k.SATISFACTION),
							slot(k.RECORDS), slot(k.QUANTITY), slot(k.SCORE)),
				inputs.cube().cells(),
				cell -> new Object[] { id, cell.year(), cell.committee(), cell.kind().name(), cell.subtype(),
						cell.level().name(), cell.status().name(), cell.converted(),
						(cell.satisfaction() == null) ? null : cell.satisfaction().name(), cell.count(),
						cell.quantity(), cell.score() });
		inputs.earlier()
			.forEach((year, version) -> dsl.insertInto(SNAPSHOT_EARLIER_YEAR)
				.set(SNAPSHOT_EARLIER_YEAR.SNAPSHOT_ID, id)
				.set(SNAPSHOT_EARLIER_YEAR.YEAR, year)
				.set(SNAPSHOT_EARLIER_YEAR.VERSION, version)
				.execute());
		List<Object[]> awards = new ArrayList<>();
		inputs.settled()
			.forEach((year, committees) -> committees.forEach((code, won) -> new TreeSet<>(won)
				.forEach(award -> awards.add(new Object[] { id, year, code, award }))));
		var a = SNAPSHOT_EARLIER_AWARD;
		Batches.execute(dsl, dsl.insertInto(a, a.SNAPSHOT_ID, a.YEAR, a.COMMITTEE, a.AWARD)
			.values(slot(a.SNAPSHOT_ID), slot(a.YEAR), slot(a.COMMITTEE), slot(a.AWARD)), awards, row -> row);
	}

	private void writeResult(long id, YearResult result) {
		List<Object[]> weights = new ArrayList<>();
		for (int i = 0; i < result.rates().size(); i++) {
			RateSummary rate = result.rates().get(i);
			weights.add(new Object[] { id, i, rate.rateId(), rate.weight(), rate.mean() });
		}
		var w = SNAPSHOT_WEIGHT;
		Batches.execute(dsl,
				dsl.insertInto(w, w.SNAPSHOT_ID, w.POSITION, w.RATE_ID, w.WEIGHT, w.MEAN)
					.values(slot(w.SNAPSHOT_ID), slot(w.POSITION), slot(w.RATE_ID), slot(w.WEIGHT), slot(w.MEAN)),
				weights, row -> row);
		List<Object[]> committees = new ArrayList<>();
		List<Object[]> rates = new ArrayList<>();
		List<Object[]> awards = new ArrayList<>();
		for (int position = 0; position < result.committees().size(); position++) {
			CommitteeResult committee = result.committees().get(position);
			committees.add(new Object[] { id, committee.code(), committee.name(), position, committee.score(),
					committee.rank(), (committee.grade() == null) ? null : committee.grade().id() });
			for (int i = 0; i < committee.rates().size(); i++) {
				RateResult rate = committee.rates().get(i);
				rates.add(new Object[] { id, committee.code(), i, rate.rateId(), rate.numerator(), rate.denominator(),
						rate.rate(), rate.normalized(), rate.weight(), rate.contribution(), rate.filled() });
			}
			for (int i = 0; i < committee.outcomes().size(); i++) {
				AwardOutcome outcome = committee.outcomes().get(i);
				awards.add(new Object[] { id, committee.code(), i, outcome.awardId(), outcome.won(), outcome.eligible(),
						outcome.rank(), outcome.eligibleCount(), outcome.reason().in(Messages.CHINESE),
						outcome.reason().in(Messages.ENGLISH) });
			}
		}
		var r = SNAPSHOT_RESULT;
		Batches.execute(dsl,
				dsl.insertInto(r, r.SNAPSHOT_ID, r.COMMITTEE, r.NAME, r.POSITION, r.SCORE, r.RANK, r.GRADE)
					.values(slot(r.SNAPSHOT_ID), slot(r.COMMITTEE), slot(r.NAME), slot(r.POSITION), slot(r.SCORE),
							slot(r.RANK), slot(r.GRADE)),
				committees, row -> row);
		var t = SNAPSHOT_RATE;
		Batches.execute(dsl,
				dsl.insertInto(t, t.SNAPSHOT_ID, t.COMMITTEE, t.POSITION, t.RATE_ID, t.NUMERATOR, t.DENOMINATOR, t.RATE,
						t.NORMALIZED, t.WEIGHT, t.CONTRIBUTION, t.FILLED)
					.values(slot(t.SNAPSHOT_ID), slot(t.COMMITTEE), slot(t.POSITION), slot(t.RATE_ID),
							slot(t.NUMERATOR), slot(t.DENOMINATOR), slot(t.RATE), slot(t.NORMALIZED), slot(t.WEIGHT),
							slot(t.CONTRIBUTION), slot(t.FILLED)),
				rates, row -> row);
		var o = SNAPSHOT_AWARD;
		Batches.execute(dsl,
				dsl.insertInto(o, o.SNAPSHOT_ID, o.COMMITTEE, o.POSITION, o.AWARD, o.WON, o.ELIGIBLE, o.AWARD_RANK,
						o.ELIGIBLE_COUNT, o.REASON_ZH, o.REASON_EN)
					.values(slot(o.SNAPSHOT_ID), slot(o.COMMITTEE), slot(o.POSITION), slot(o.AWARD), slot(o.WON),
							slot(o.ELIGIBLE), slot(o.AWARD_RANK), slot(o.ELIGIBLE_COUNT), slot(o.REASON_ZH),
							slot(o.REASON_EN)),
				awards, row -> row);
	}

	/**
	 * The awards of every published year as its current published snapshot decided them:
	 * year → committee → awards won (a year of {@code published}, from
	 * {@link #publishedVersions()}, where nobody won maps to an empty map).
	 */
	Map<Integer, Map<String, Set<String>>> publishedWins(Map<Integer, Integer> published) {
		Map<Integer, Map<String, Set<String>>> wins = new HashMap<>();
		published.keySet().forEach(year -> wins.put(year, new HashMap<>()));
		dsl.select(SNAPSHOT.YEAR, SNAPSHOT_AWARD.COMMITTEE, SNAPSHOT_AWARD.AWARD)
			.from(SNAPSHOT)
			.join(SNAPSHOT_AWARD)
			.on(SNAPSHOT_AWARD.SNAPSHOT_ID.eq(SNAPSHOT.ID))
			.join(ASSESSMENT_YEAR)
			.on(ASSESSMENT_YEAR.YEAR.eq(SNAPSHOT.YEAR))
			.where(published(), SNAPSHOT_AWARD.WON.isTrue())
			.forEach(row -> wins.computeIfAbsent(row.value1(), year -> new HashMap<>())
				.computeIfAbsent(row.value2(), code -> new TreeSet<>())
				.add(row.value3()));
		return wins;
	}

	/** Each published year → the version of its current published snapshot. */
	Map<Integer, Integer> publishedVersions() {
		Map<Integer, Integer> versions = new TreeMap<>();
		dsl.select(SNAPSHOT.YEAR, SNAPSHOT.VERSION)
			.from(SNAPSHOT)
			.join(ASSESSMENT_YEAR)
			.on(ASSESSMENT_YEAR.YEAR.eq(SNAPSHOT.YEAR))
			.where(published())
			.forEach(row -> versions.put(row.value1(), row.value2()));
		return versions;
	}

	private static org.jooq.Condition published() {
		return SNAPSHOT.STAGE.eq(Snapshot.PUBLISHED)
			.and(SNAPSHOT.SUPERSEDED_AT.isNull())
			.and(ASSESSMENT_YEAR.STATE.eq("PUBLISHED"));
	}

	/** The summaries of every snapshot of {@code year}, by version. */
	List<SnapshotSummary> list(int year) {
		return dsl.selectFrom(SNAPSHOT)
			.where(SNAPSHOT.YEAR.eq(year))
			.orderBy(SNAPSHOT.VERSION)
			.fetch(row -> new SnapshotSummary(row.getYear(), row.getVersion(), row.getStage(),
					instant(row.getCreatedAt()), row.getCreatedBy(), instant(row.getSupersededAt()),
					row.getSupersededBy(), row.getSchemeSha256(), row.getDataDigest()));
	}

	/** The id of a year's version, if there is one. */
	Optional<Long> id(int year, int version) {
		return dsl.select(SNAPSHOT.ID)
			.from(SNAPSHOT)
			.where(SNAPSHOT.YEAR.eq(year), SNAPSHOT.VERSION.eq(version))
			.fetchOptional(SNAPSHOT.ID);
	}

	/** The id of the year's current (not superseded) snapshot, if there is one. */
	Optional<Long> current(int year) {
		return dsl.select(SNAPSHOT.ID)
			.from(SNAPSHOT)
			.where(SNAPSHOT.YEAR.eq(year), SNAPSHOT.SUPERSEDED_AT.isNull())
			.orderBy(SNAPSHOT.VERSION.desc())
			.limit(1)
			.fetchOptional(SNAPSHOT.ID);
	}

	/** The snapshot of {@code id}, whole. */
	Snapshot read(long id) {
		var s = dsl.selectFrom(SNAPSHOT).where(SNAPSHOT.ID.eq(id)).fetchSingle();
		SchemeFile file = new SchemeFile(s.getSchemeFile(), s.getSchemeBytes());
		Scheme scheme = file.scheme();
		return new Snapshot(id, s.getYear(), s.getVersion(), s.getStage(), instant(s.getCreatedAt()), s.getCreatedBy(),
				instant(s.getSupersededAt()), s.getSupersededBy(), file, s.getSchemeSha256(), s.getDataDigest(),
				s.getMethodZh(), s.getMethodEn(), inputs(id), result(id, s.getYear(), scheme));
	}

	private SnapshotInputs inputs(long id) {
		var c = SNAPSHOT_COMMITTEE;
		List<CommitteeYear> committees = dsl.selectFrom(c)
			.where(c.SNAPSHOT_ID.eq(id))
			.orderBy(c.YEAR, c.COMMITTEE)
			.fetch(row -> new CommitteeYear(row.getCommittee(), row.getName(), row.getYear(), row.getMembers()));
		var k = SNAPSHOT_CELL;
		List<Cell> cells = dsl.selectFrom(k)
			.where(k.SNAPSHOT_ID.eq(id))
			.fetch(row -> new Cell(row.getCommittee(), row.getYear(), Kind.valueOf(row.getKind()), row.getSubtype(),
					Level.valueOf(row.getLevelReached()), Status.valueOf(row.getStatus()), row.getConverted(),
					(row.getSatisfaction() == null) ? null : Satisfaction.valueOf(row.getSatisfaction()),
					row.getRecords(), row.getQuantity(), row.getScore()));
		TreeMap<Integer, Integer> earlier = new TreeMap<>();
		dsl.selectFrom(SNAPSHOT_EARLIER_YEAR)
			.where(SNAPSHOT_EARLIER_YEAR.SNAPSHOT_ID.eq(id))
			.forEach(row -> earlier.put(row.getYear(), row.getVersion()));
		Map<Integer, Map<String, Set<String>>> settled = new HashMap<>();
		earlier.forEach((year, version) -> {
			if (version != null) {
				settled.put(year, new HashMap<>());
			}
		});
		dsl.selectFrom(SNAPSHOT_EARLIER_AWARD)
			.where(SNAPSHOT_EARLIER_AWARD.SNAPSHOT_ID.eq(id))
			.forEach(row -> settled.computeIfAbsent(row.getYear(), year -> new HashMap<>())
				.computeIfAbsent(row.getCommittee(), code -> new TreeSet<>())
				.add(row.getAward()));
		return new SnapshotInputs(new Cube(committees, cells), earlier, settled);
	}

	private YearResult result(long id, int year, Scheme scheme) {
		List<RateSummary> weights = dsl.selectFrom(SNAPSHOT_WEIGHT)
			.where(SNAPSHOT_WEIGHT.SNAPSHOT_ID.eq(id))
			.orderBy(SNAPSHOT_WEIGHT.POSITION)
			.fetch(row -> new RateSummary(row.getRateId(), row.getWeight(), row.getMean()));
		Map<String, List<RateResult>> rates = new HashMap<>();
		dsl.selectFrom(SNAPSHOT_RATE)
			.where(SNAPSHOT_RATE.SNAPSHOT_ID.eq(id))
			.orderBy(SNAPSHOT_RATE.COMMITTEE, SNAPSHOT_RATE.POSITION)
			.forEach(row -> rates.computeIfAbsent(row.getCommittee(), code -> new ArrayList<>())
				.add(new RateResult(row.getRateId(), row.getNumerator(), row.getDenominator(), row.getRate(),
						row.getNormalized(), row.getWeight(), row.getContribution(), row.getFilled())));
		Map<String, List<AwardOutcome>> outcomes = new HashMap<>();
		dsl.selectFrom(SNAPSHOT_AWARD)
			.where(SNAPSHOT_AWARD.SNAPSHOT_ID.eq(id))
			.orderBy(SNAPSHOT_AWARD.COMMITTEE, SNAPSHOT_AWARD.POSITION)
			.forEach(row -> outcomes.computeIfAbsent(row.getCommittee(), code -> new ArrayList<>())
				.add(new AwardOutcome(row.getAward(), row.getWon(), row.getEligible(), row.getAwardRank(),
						row.getEligibleCount(), stored(row.getReasonZh(), row.getReasonEn()))));
		List<CommitteeResult> committees = dsl.selectFrom(SNAPSHOT_RESULT)
			.where(SNAPSHOT_RESULT.SNAPSHOT_ID.eq(id))
			.orderBy(SNAPSHOT_RESULT.POSITION)
			.fetch(row -> {
				List<AwardOutcome> decided = outcomes.getOrDefault(row.getCommittee(), List.of());
				return new CommitteeResult(row.getCommittee(), row.getName(), year,
						rates.getOrDefault(row.getCommittee(), List.of()), row.getScore(), row.getRank(),
						grade(scheme, row.getGrade()),
						decided.stream().filter(AwardOutcome::won).map(AwardOutcome::awardId).toList(), decided);
			});
		return new YearResult(year, weights, committees);
	}

	/**
	 * A grade named in a snapshot, as its own scheme defines it; an id the scheme does
	 * not know (a tampered row) keeps its id as its label.
	 */
	private static Grade grade(Scheme scheme, String id) {
		if (id == null) {
			return null;
		}
		return scheme.grades()
			.stream()
			.filter(grade -> grade.id().equals(id))
			.findFirst()
			.orElseGet(() -> new Grade(id, new org.sixrates.rules.Label(id, id), Double.NaN));
	}

	private static Localizable stored(String zh, String en) {
		return locale -> Messages.english(locale) ? en : zh;
	}

	private static Instant instant(OffsetDateTime time) {
		return (time == null) ? null : time.toInstant();
	}

}
