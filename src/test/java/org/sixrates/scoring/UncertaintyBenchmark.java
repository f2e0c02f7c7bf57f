package org.sixrates.scoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeLoader;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Status;

/**
 * Monte Carlo rank uncertainty at national scale (DESIGN §9, §11): 10 000 replications of
 * 3 000 committees under the six rates of {@code rules/six-rates.yaml}, on one thread and
 * on two, against a plain single-threaded loop that scores each replication with the same
 * weights and ranks by sorting boxed indices. Not a test; run it with
 *
 * <pre>
 * ./mvnw -q -o -Dspring-javaformat.skip=true test-compile
 * ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.sixrates.scoring.UncertaintyBenchmark -wi 1 -i 3 -w 1 -r 1
 * </pre>
 *
 * and see {@code docs/benchmarks.md} for the figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class UncertaintyBenchmark {

	static final int COMMITTEES = 3_000;

	static final int REPLICATIONS = 10_000;

	private YearInput input;

	@Setup
	public void scoreTheYear() {
		input = nationalYear();
	}

	/** 3 000 committees, as {@link #city} makes them. */
	static YearInput nationalYear() {
		return year(city(COMMITTEES));
	}

	/**
	 * {@code size} committees of 2024, each with 8 cells of every kind (from 40 to 200
	 * members, 1–5 records a cell, levels, statuses and conversions at random).
	 */
	static Cube city(int size) {
		SplittableRandom random = new SplittableRandom(20261201L);
		List<CommitteeYear> committees = new ArrayList<>();
		List<Cell> cells = new ArrayList<>();
		for (int c = 0; c < size; c++) {
			String code = "C" + c;
			committees.add(new CommitteeYear(code, "Committee " + c, 2024, 40 + random.nextInt(160)));
			for (Kind kind : Kind.values()) {
				for (int r = 0; r < 8; r++) {
					Level level = Level.values()[random.nextInt(Level.values().length)];
					Status status = Status.values()[random.nextInt(Status.values().length)];
					long quantity = (kind == Kind.ACTIVITY) ? random.nextInt(40) : 0;
					double score = (kind == Kind.FEEDBACK) ? 60 + random.nextInt(400) / 10.0 : 0;
					String subtype = (kind == Kind.ACTIVITY) ? "INSPECTION"
							: (kind == Kind.PUBLICATION) ? "NEWS" : null;
					cells.add(new Cell(code, 2024, kind, subtype, level, status, random.nextBoolean(), null,
							1 + random.nextInt(5), quantity, score));
				}
			}
		}
		return new Cube(committees, cells);
	}

	/** The city's 2024 scored by {@code rules/six-rates.yaml}. */
	static YearInput year(Cube city) {
		Scheme scheme = SchemeLoader.load(Path.of("rules/six-rates.yaml"));
		YearResult year = new Scorer().score(scheme, city).years().get(0);
		return new YearInput(scheme, year, Map.of());
	}

	@Benchmark
	public UncertaintyResult twoThreads() {
		return RankUncertainty.of(input, settings(2));
	}

	@Benchmark
	public UncertaintyResult oneThread() {
		return RankUncertainty.of(input, settings(1));
	}

	/**
	 * The baseline: one thread, the same draws of weights, each committee's score summed
	 * as {@code 100 · Σ wᵢ'nᵢ} and the committees ranked by sorting boxed indices by
	 * score, ranks counted in the same histogram (no tie-break, grades or awards: less
	 * work than the analysis does).
	 */
	@Benchmark
	public int[] plainLoop() {
		return plainLoop(input, REPLICATIONS);
	}

	static int[] plainLoop(YearInput input, int replications) {
		YearModel model = input.model(List.of(), List.of());
		int m = model.committees;
		int k = model.rates;
		double[][] n = new double[m][k];
		for (int c = 0; c < m; c++) {
			CommitteeResult committee = input.result().committees().get(c);
			for (int i = 0; i < k; i++) {
				Double normalized = committee.rates().get(i).normalized();
				n[c][i] = (normalized != null) ? normalized : 0;
			}
		}
		int[] histogram = new int[m * m];
		double[] weights = new double[k];
		double[] scores = new double[m];
		for (int j = 0; j < replications; j++) {
			SplittableRandom random = Replications.random(1, j);
			double sum = 0;
			for (int i = 0; i < k; i++) {
				weights[i] = model.weights[i] * (0.75 + 0.5 * random.nextDouble());
				sum += weights[i];
			}
			for (int c = 0; c < m; c++) {
				double score = 0;
				for (int i = 0; i < k; i++) {
					score += weights[i] / sum * n[c][i];
				}
				scores[c] = 100 * score;
			}
			Integer[] order = new Integer[m];
			Arrays.setAll(order, c -> c);
			Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
			for (int place = 0; place < m; place++) {
				histogram[order[place] * m + place]++;
			}
		}
		return histogram;
	}

	private static RankUncertainty.Settings settings(int threads) {
		return new RankUncertainty.Settings(REPLICATIONS, 0.25, 1, List.of(), List.of(), threads);
	}

	/** JMH's own command line (e.g. {@code -wi 1 -i 3}), limited to this benchmark. */
	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		CommandLineOptions options = new CommandLineOptions(args);
		new Runner(new OptionsBuilder().parent(options).include(UncertaintyBenchmark.class.getName()).build()).run();
	}

}
