package org.sixrates.scoring;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.sixrates.rules.SchemeFile;
import org.sixrates.rules.SchemeSource;

/**
 * What a city's ranking page computes (DESIGN §9): 30 committees under
 * {@code rules/six-rates.yaml}, the rank uncertainty with its page defaults (10 000
 * replications, spread 0.25, two threads), the sensitivity (a base sample of 1 000, two
 * threads), both together as one page load, and one move of a what-if slider (the rules
 * file rewritten, loaded back and the year rescored). The baseline for the page load is
 * the plain single-threaded loop of {@link UncertaintyBenchmark#plainLoop} on the same
 * city. Not a test; run it as {@link UncertaintyBenchmark} says, with this class's name.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class CityTrustBenchmark {

	static final int COMMITTEES = 30;

	private Cube city;

	private YearInput input;

	private SchemeFile file;

	private final WhatIf whatIf = new WhatIf();

	private int move;

	@Setup
	public void scoreTheCity() {
		city = UncertaintyBenchmark.city(COMMITTEES);
		input = UncertaintyBenchmark.year(city);
		file = SchemeSource.file(Path.of("rules/six-rates.yaml").toString());
	}

	@Benchmark
	public UncertaintyResult uncertainty() {
		return RankUncertainty.of(input, new RankUncertainty.Settings(10_000, 0.25, 1, List.of(), List.of(), 2));
	}

	@Benchmark
	public SensitivityResult sensitivity() {
		return RankSensitivity.of(input, new RankSensitivity.Settings(1_000, 0.25, List.of(), List.of(), 2));
	}

	@Benchmark
	public Object pageLoad() {
		return List.of(uncertainty(), sensitivity());
	}

	@Benchmark
	public int[] plainLoop() {
		return UncertaintyBenchmark.plainLoop(input, 10_000);
	}

	/** One slider move: completion's weight stepped through 0–99 %. */
	@Benchmark
	public WhatIf.Outcome whatIfMove() {
		move = (move + 1) % 100;
		return whatIf.of(file, file.scheme(), input.result(), city.committees(), Map.of(),
				new WhatIf.Choice(Map.of("completion", move / 100.0), null, null));
	}

	/** JMH's own command line (e.g. {@code -wi 1 -i 3}), limited to this benchmark. */
	public static void main(String[] args) throws RunnerException, CommandLineOptionException {
		CommandLineOptions options = new CommandLineOptions(args);
		new Runner(new OptionsBuilder().parent(options).include(CityTrustBenchmark.class.getName()).build()).run();
	}

}
