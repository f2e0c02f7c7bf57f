package org.sixrates.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sixrates.cli.GenerateCommand;

/**
 * The {@code score} command measured as a user runs it, against DuckDB reading the same
 * file into the same cube (DESIGN §11, issue "national scale", measure 1). For each size
 * it generates a city of 3 000 committees over two years with the {@code generate}
 * command (kept under {@code target/bench} for the next run), then runs, each in a JVM of
 * its own under {@code /usr/bin/time -v}, the {@code score} command with its default heap
 * and with a bounded heap ({@code -Dheap=512m}, the same for every size), and
 * {@link DuckDbCube}: wall time and peak resident memory, the median of the runs. The
 * table goes to standard output in the form of {@code docs/benchmarks.md}. Not a test;
 * run it with
 *
 * <pre>
 * ./mvnw -q -o -Dspring-javaformat.skip=true test-compile
 * ./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.sixrates.bench.ScoreCommandBenchmark 100000 1000000
 * </pre>
 *
 * (arguments: the record counts; {@code -Druns=3} the runs of each, {@code -Dheap=512m}
 * the bounded heap).
 */
public final class ScoreCommandBenchmark {

	private static final int COMMITTEES = 3_000;

	private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\): (\\S+)");

	private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

	private ScoreCommandBenchmark() {
	}

	/** One measured run: seconds and peak resident memory in MiB. */
	record Run(double seconds, double mib) {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		int runs = Integer.getInteger("runs", 3);
		String heap = System.getProperty("heap", "512m");
		String java = ProcessHandle.current().info().command().orElse("java");
		String classpath = System.getProperty("java.class.path");
		List<String> table = new ArrayList<>();
		table.add("| records | cells | `score` (default heap) | peak RSS | `score -Xmx" + heap + "` | peak RSS "
				+ "| DuckDB | peak RSS | `score` / DuckDB |");
		table.add("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		for (String size : args) {
			long records = Long.parseLong(size);
			Path folder = Path.of("target", "bench", size);
			Path committees = folder.resolve("committees.csv");
			Path recordsFile = folder.resolve("records.csv");
			if (!Files.exists(recordsFile)) {
				Files.createDirectories(folder);
				int code = GenerateCommand.run(List.of("--committees", Integer.toString(COMMITTEES), "--records", size,
						"--years", "2", "--seed", "11", "--out", folder.toString()), System.out, System.err);
				if (code != 0) {
					throw new IllegalStateException("generate failed: " + code);
				}
			}
			List<String> score = List.of("org.sixrates.SixRatesApplication", "score", "--committees",
					committees.toString(), "--records", recordsFile.toString(), "--out",
					folder.resolve("ranking.csv").toString());
			List<Run> plain = new ArrayList<>();
			List<Run> small = new ArrayList<>();
			List<Run> duck = new ArrayList<>();
			String cells = "";
			for (int run = 0; run < runs; run++) {
				plain.add(measure(concat(List.of(java, "-cp", classpath), score)).run());
				small.add(measure(concat(List.of(java, "-Xmx" + heap, "-cp", classpath), score)).run());
				Measured anchor = measure(
						List.of(java, "-cp", classpath, DuckDbCube.class.getName(), recordsFile.toString()));
				duck.add(anchor.run());
				cells = anchor.output().strip().replace(" cells", "");
			}
			Run p = median(plain);
			Run s = median(small);
			Run d = median(duck);
			table.add(String.format(Locale.ROOT,
					"| %,d | %s | %.2f s | %.0f MiB | %.2f s | %.0f MiB | %.2f s | %.0f MiB | %.1f× |", records, cells,
					p.seconds(), p.mib(), s.seconds(), s.mib(), d.seconds(), d.mib(), p.seconds() / d.seconds())
				.replace(',', ' '));
		}
		System.out.println();
		System.out.println("Measured " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors()
				+ " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
				+ ", median of " + runs + " runs:");
		System.out.println();
		table.forEach(System.out::println);
	}

	/** What a process printed and cost. */
	record Measured(Run run, String output) {
	}

	private static Measured measure(List<String> command) throws IOException, InterruptedException {
		Path report = Files.createTempFile("time", ".txt");
		List<String> timed = concat(List.of("/usr/bin/time", "-v", "-o", report.toString()), command);
		Process process = new ProcessBuilder(timed).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int code = process.waitFor();
		String time = Files.readString(report);
		Files.delete(report);
		if (code != 0) {
			throw new IllegalStateException(String.join(" ", command) + " exited " + code + "\n" + output);
		}
		return new Measured(new Run(seconds(find(WALL, time)), Long.parseLong(find(RSS, time)) / 1024.0), output);
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("no " + pattern + " in\n" + text);
		}
		return matcher.group(1);
	}

	/** {@code h:mm:ss} or {@code m:ss.ss} as seconds. */
	private static double seconds(String clock) {
		double seconds = 0;
		for (String part : clock.split(":")) {
			seconds = seconds * 60 + Double.parseDouble(part);
		}
		return seconds;
	}

	private static Run median(List<Run> runs) {
		double[] seconds = runs.stream().mapToDouble(Run::seconds).sorted().toArray();
		double[] mib = runs.stream().mapToDouble(Run::mib).sorted().toArray();
		return new Run(seconds[seconds.length / 2], mib[mib.length / 2]);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> both = new ArrayList<>(a);
		both.addAll(b);
		return both;
	}

}
