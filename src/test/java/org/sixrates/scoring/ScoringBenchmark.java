package org.sixrates.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeLoader;

/**
 * How long scoring takes on the tally cube, against the baseline of evaluating the same
 * scheme on every record (each record a cell of its own, which is what scoring without
 * the cube's {@code GROUP BY} amounts to). Not a test: run it with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.sixrates.scoring.ScoringBenchmark
 * </pre>
 *
 * It prints the milliseconds per scoring of a city (30 committees, three years, 2 000
 * records per committee and year: 180 000 records) for both, after a warm-up, and their
 * ratio.
 */
public final class ScoringBenchmark {

	private static final int COMMITTEES = 30;

	private static final int YEARS = 3;

	private static final int RECORDS = 2_000;

	private static final int WARM_UP = 5;

	private static final int RUNS = 15;

	private ScoringBenchmark() {
	}

	public static void main(String[] args) {
		Scheme scheme = SchemeLoader.load(Path.of("rules/six-rates.yaml"));
		List<CommitteeYear> committees = new ArrayList<>();
		List<Cell> records = new ArrayList<>();
		SplittableRandom random = new SplittableRandom(20251125L);
		for (int c = 0; c < COMMITTEES; c++) {
			for (int y = 0; y < YEARS; y++) {
				committees.add(new CommitteeYear("C" + c, "Committee " + c, 2023 + y, 60 + random.nextInt(140)));
				for (int r = 0; r < RECORDS; r++) {
					records.add(record("C" + c, 2023 + y, random));
				}
			}
		}
		Cube baseline = new Cube(committees, records);
		Cube cube = new Cube(committees, aggregate(records));
		System.out.printf("records: %,d; cells of the cube: %,d%n", records.size(), cube.cells().size());
		double perRecord = time(scheme, baseline);
		double perCell = time(scheme, cube);
		System.out.printf("baseline, every record a cell: %8.1f ms per scoring%n", perRecord);
		System.out.printf("tally cube:                    %8.1f ms per scoring%n", perCell);
		System.out.printf("the cube is %.1f times as fast%n", perRecord / perCell);
	}

	private static double time(Scheme scheme, Cube cube) {
		Scorer scorer = new Scorer();
		for (int i = 0; i < WARM_UP; i++) {
			scorer.score(scheme, cube);
		}
		long start = System.nanoTime();
		for (int i = 0; i < RUNS; i++) {
			scorer.score(scheme, cube);
		}
		return (System.nanoTime() - start) / 1e6 / RUNS;
	}

	/**
	 * A record shaped like a real one: fields that do not apply to its kind keep their
	 * defaults.
	 */
	private static Cell record(String committee, int year, SplittableRandom random) {
		Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
		String subtype = switch (kind) {
			case ACTIVITY ->
				List.of("INSPECTION", "EVALUATION", "POVERTY_RELIEF", "RURAL_VISIT").get(random.nextInt(4));
			case PUBLICATION -> List.of("NEWS", "LITERATURE_HISTORY", "CULTURAL_PRODUCT").get(random.nextInt(3));
			default -> null;
		};
		boolean handled = kind == Kind.PROPOSAL || kind == Kind.SOCIAL_OPINION;
		boolean suggestion = handled || kind == Kind.ADVISORY_PROPOSAL || kind == Kind.RESEARCH_REPORT
				|| kind == Kind.PLENARY_SPEECH;
		Level level = (suggestion || kind == Kind.PUBLICATION) ? Level.values()[random.nextInt(Level.values().length)]
				: Level.NONE;
		Status status = handled ? Status.values()[random.nextInt(Status.values().length)] : Status.FILED;
		Satisfaction satisfaction = (status == Status.COMPLETED)
				? Satisfaction.values()[random.nextInt(Satisfaction.values().length)] : null;
		boolean converted = suggestion && random.nextBoolean();
		long quantity = (kind == Kind.ACTIVITY) ? random.nextInt(30) : 0;
		double score = (kind == Kind.FEEDBACK) ? 60 + random.nextInt(400) / 10.0 : 0;
		return new Cell(committee, year, kind, subtype, level, status, converted, satisfaction, 1, quantity, score);
	}

	/**
	 * What the database's GROUP BY does: one cell per committee, year and the six fields.
	 */
	private static List<Cell> aggregate(List<Cell> records) {
		Map<List<Object>, Cell> cells = new HashMap<>();
		for (Cell r : records) {
			List<Object> key = Arrays.asList(r.committee(), r.year(), r.kind(), r.subtype(), r.level(), r.status(),
					r.converted(), r.satisfaction());
			cells.merge(key, r,
					(a, b) -> new Cell(a.committee(), a.year(), a.kind(), a.subtype(), a.level(), a.status(),
							a.converted(), a.satisfaction(), a.count() + b.count(), a.quantity() + b.quantity(),
							a.score() + b.score()));
		}
		return new ArrayList<>(cells.values());
	}

}
