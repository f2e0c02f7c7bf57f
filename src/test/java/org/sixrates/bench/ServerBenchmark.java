package org.sixrates.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.postgresql.PGConnection;
import org.sixrates.system.H2Urls;

/**
 * The application measured as a server (DESIGN §11, issue "national scale", measures 2 to
 * 4), each against its anchor in the same harness:
 * <ol start="2">
 * <li>a records file imported through {@code POST /api/records}, in rows per second and
 * the server's peak resident memory, against the database's own bulk load of the same
 * rows into the same table ({@code INSERT … SELECT … FROM CSVREAD} in H2, {@code COPY} in
 * PostgreSQL) with its keys, indexes and checks;</li>
 * <li>a 100-record import into that database: the time until {@code GET
 * /api/rankings/2025} shows it, against DuckDB's full {@code GROUP BY} of the same
 * records into the cube;</li>
 * <li>{@code /api/rankings/2025} (API token) and {@code /rankings/2025} (session) under
 * 200 connections of wrk, beside a static file of the same server under the same load,
 * while nothing else happens and while imports of 20 000 changed records follow each
 * other.</li>
 * </ol>
 * The server is the application in a JVM of its own ({@code -Xmx2g}) on 127.0.0.1, as a
 * user starts it, with the upload limit raised to 2 GB; wrk runs on the same two cores.
 * Not a test; with a city made by {@code generate} (3 000 committees, 2024 and 2025) in
 * {@code DIR}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.sixrates.bench.ServerBenchmark DIR [jdbc:postgresql://… user password]
 * </pre>
 *
 * Without a PostgreSQL URL it runs on an H2 file database under
 * {@code target/bench/server}. {@code -Dserve=false} leaves out the wrk runs,
 * {@code -Dwrk.seconds=20} sets their length, {@code -Dserver.jvm="…"} adds options to
 * the server's JVM (a profiler, say), and {@code -Dimport=false} leaves out the import
 * through the application and measures 3 and 4 on the records of the bulk load, with the
 * cube the application rebuilds from them (for a file too large to post). The table goes
 * to standard output in the form of {@code docs/benchmarks.md}.
 */
public final class ServerBenchmark {

	private static final String PASSWORD = "server-benchmark-password";

	private static final int PORT = 18_181;

	private static final String BASE = "http://127.0.0.1:" + PORT;

	private static final String COLUMNS = "committee, id, year, kind, subtype, title, record_date, level_reached, "
			+ "status, converted, satisfaction, quantity, score, review";

	private final Path dir;

	private final Database database;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private ServerBenchmark(Path dir, Database database) {
		this.dir = dir;
		this.database = database;
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]).toAbsolutePath();
		Database database = (args.length > 1) ? new Postgres(args[1], args[2], args[3])
				: new H2(Path.of("target", "bench", "server").toAbsolutePath());
		new ServerBenchmark(dir, database).run();
	}

	private void run() throws Exception {
		long records = lines(dir.resolve("records.csv")) - 1;
		List<String> table = new ArrayList<>();
		System.out.printf(Locale.ROOT, "%s, %,d records, load average %s%n", database.name(), records, load());

		// 2. the anchor: the database's own bulk load into the same table
		database.reset();
		Server server = Server.start(database);
		String token = signIn();
		post("/api/committees?file=committees.csv", dir.resolve("committees.csv"), token);
		server.stop();
		Path rows = tableRows();
		long start = System.nanoTime();
		database.bulkLoad(rows);
		double bulkSeconds = seconds(start);

		// then the import through the application, into an empty database again
		boolean importing = Boolean.parseBoolean(System.getProperty("import", "true"));
		double importSeconds = Double.NaN;
		long importRss = -1;
		if (importing) {
			database.reset();
			server = Server.start(database);
			token = signIn();
			post("/api/committees?file=committees.csv", dir.resolve("committees.csv"), token);
			start = System.nanoTime();
			System.out.println("imported: " + post("/api/records?file=records.csv", dir.resolve("records.csv"), token));
			importSeconds = seconds(start);
			importRss = server.peakRssKib();
		}
		else {
			// the records the bulk load wrote, with their cube made by the application
			server = Server.start(database);
			token = signIn();
			System.out.println("rebuilt: " + post("/api/cube/rebuild", null, token));
		}

		// 3. rescoring after 100 records, against DuckDB's GROUP BY of them all
		// five imports of 100 new records each: the first after the rebuild or the
		// import,
		// on a server not yet warm, and the median
		List<Double> rescorings = new ArrayList<>();
		for (int run = 0; run < 5; run++) {
			rescorings.add(rescoring(token, run));
		}
		double first = rescorings.get(0);
		double rescoring = rescorings.stream().sorted().toList().get(2);
		double duckdb = duckDbGroupBy();
		System.out.printf(Locale.ROOT, "rescoring %s s (median %.3f s), DuckDB GROUP BY %.3f s%n", rescorings,
				rescoring, duckdb);

		// 4. the ranking under load, beside a static file
		List<String> served = Boolean.parseBoolean(System.getProperty("serve", "true")) ? serve(token) : List.of();
		server.stop();

		table.add("| database | records | import through the application | rows/s | server's peak RSS | "
				+ database.anchor() + " | rows/s | application / anchor |");
		table.add("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
		table.add(String.format(Locale.ROOT, "| %s | %,d | %.1f s | %,.0f | %,d MiB | %.1f s | %,.0f | %.2f× |",
				database.name(), records, importSeconds, records / importSeconds, importRss / 1024, bulkSeconds,
				records / bulkSeconds, bulkSeconds / importSeconds));
		table.add("");
		table.add("| records in the database | 100 records imported until the ranking shows them (median of 5) | "
				+ "the first of them | DuckDB's GROUP BY of all records | ratio |");
		table.add("| ---: | ---: | ---: | ---: | ---: |");
		table.add(String.format(Locale.ROOT, "| %,d | %.3f s | %.3f s | %.3f s | %.2f |", records, rescoring, first,
				duckdb, rescoring / duckdb));
		if (!served.isEmpty()) {
			table.add("");
			table.addAll(served);
		}
		System.out.println();
		table.forEach(System.out::println);
	}

	/**
	 * Imports 100 new records of the first committee into 2025, their ids numbered by
	 * {@code run}, and returns the seconds from the start of the request until the
	 * ranking differs from what it was: the import, the kept cube's cells and the
	 * rescoring. Each run lowers the committee's conversion rate (unconverted proposals),
	 * so the ranking always changes.
	 */
	private double rescoring(String token, int run) throws IOException, InterruptedException {
		String before = get("/api/rankings/2025", token);
		String committee;
		try (Stream<String> lines = Files.lines(dir.resolve("committees.csv"))) {
			committee = lines.skip(1).findFirst().orElseThrow().split(",")[0];
		}
		StringBuilder file = new StringBuilder(
				"id,committee,year,kind,subtype,title,date,level,status,converted,satisfaction,quantity,score\n");
		for (int i = 0; i < 100; i++) {
			file.append(String.format(Locale.ROOT,
					"BENCH-%d-%03d,%s,2025,PROPOSAL,,基准提案,2025-06-01,NONE,COMPLETED," + "false,,,%n", run, i,
					committee));
		}
		Path hundred = Files.writeString(Files.createTempFile("hundred", ".csv"), file);
		long start = System.nanoTime();
		post("/api/records?file=hundred.csv", hundred, token);
		while (get("/api/rankings/2025", token).equals(before)) {
			Thread.sleep(1);
		}
		double elapsed = seconds(start);
		Files.delete(hundred);
		return elapsed;
	}

	/**
	 * DuckDB's {@code GROUP BY} into the cube of the records file, loaded into a table of
	 * its own first (not timed): the median of three.
	 */
	private double duckDbGroupBy() throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			statement.execute("create table records as select * from read_csv('"
					+ dir.resolve("records.csv").toString().replace("'", "''") + "', header = true)");
			List<Double> runs = new ArrayList<>();
			for (int run = 0; run < 3; run++) {
				statement.execute("drop table if exists cells");
				long start = System.nanoTime();
				statement.execute("create table cells as select committee, year, kind, subtype, level, status, "
						+ "converted, satisfaction, count(*) as records, sum(quantity) as quantity, sum(score) as score"
						+ " from records group by committee, year, kind, subtype, level, status, converted, satisfaction");
				runs.add(seconds(start));
			}
			return median(runs);
		}
	}

	/**
	 * wrk with 200 connections on a static file, the ranking's JSON and its page, while
	 * nothing else happens and during imports.
	 */
	private List<String> serve(String token) throws Exception {
		String session = session();
		Path[] changes = changedFiles();
		List<String> rows = new ArrayList<>();
		rows.add("| while | path | credential | requests/s | p50 | p99 | errors | against the static file |");
		rows.add("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
		for (boolean importing : new boolean[] { false, true }) {
			Wrk file = null;
			for (String[] target : new String[][] { { "/css/sixrates.css", "none", "" },
					{ "/api/rankings/2025", "API token", "Authorization: Bearer " + token },
					{ "/rankings/2025", "session", "Cookie: JSESSIONID=" + session } }) {
				AtomicBoolean done = new AtomicBoolean();
				AtomicInteger imports = new AtomicInteger();
				AtomicInteger failed = new AtomicInteger();
				Thread importer = new Thread(() -> {
					while (importing && !done.get()) {
						try {
							post("/api/records?file=changes.csv", changes[(imports.get() + failed.get()) % 2], token);
							imports.incrementAndGet();
						}
						catch (IOException | InterruptedException | IllegalStateException ex) {
							failed.incrementAndGet();
						}
					}
				});
				importer.start();
				Wrk wrk = Wrk.run(BASE + target[0], target[2]);
				done.set(true);
				importer.join();
				settle();
				if (file == null) {
					file = wrk;
				}
				rows.add(String.format(Locale.ROOT, "| %s | `%s` | %s | %,.0f | %s | %s | %d | %s |",
						importing ? imports.get() + " imports (" + failed.get() + " failed)" : "nothing else",
						target[0], target[1], wrk.throughput(), ms(wrk.p50()), ms(wrk.p99()), wrk.errors(),
						(wrk == file || file.throughput() == 0 || wrk.throughput() == 0) ? ""
								: String.format(Locale.ROOT, "%.2f× the throughput, %.1f× the p99",
										wrk.throughput() / file.throughput(), wrk.p99() / file.p99())));
			}
		}
		return rows;
	}

	/**
	 * Waits until the server answers its health at once again: the requests a run left
	 * waiting must not be counted against the next one.
	 */
	private void settle() throws IOException, InterruptedException {
		for (int attempt = 0; attempt < 120; attempt++) {
			long start = System.nanoTime();
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/health"))
					.timeout(Duration.ofSeconds(30))
					.build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && seconds(start) < 0.2) {
					return;
				}
			}
			catch (HttpTimeoutException busy) {
				// still working off the last run's queue
			}
			Thread.sleep(1_000);
		}
	}

	/**
	 * Two versions of the first 20 000 records, one with the filed proposals completed:
	 * importing one after the other changes 20 000 records' cells each time.
	 */
	private Path[] changedFiles() throws IOException {
		List<String> head;
		try (Stream<String> lines = Files.lines(dir.resolve("records.csv"))) {
			head = lines.limit(20_001).toList();
		}
		Path folder = Files.createDirectories(Path.of("target", "bench"));
		Path a = Files.write(folder.resolve("changes-a.csv"), head);
		Path b = Files.write(folder.resolve("changes-b.csv"),
				head.stream().map(line -> line.replace(",NONE,FILED,", ",NONE,COMPLETED,")).toList());
		return new Path[] { b, a };
	}

	/**
	 * The records file as the rows of {@code activity_record}, in its column order, with
	 * the values the importer gives a field left empty (an empty title, no level, filed,
	 * not converted, a quantity of 0) and every record approved: what the bulk load
	 * reads. Not timed.
	 */
	private Path tableRows() throws IOException {
		Path rows = Path.of("target", "bench", "table-rows.csv").toAbsolutePath();
		try (Stream<String> lines = Files.lines(dir.resolve("records.csv")); var out = Files.newBufferedWriter(rows)) {
			out.write(COLUMNS.replace(" ", "") + "\n");
			for (String line : (Iterable<String>) lines.skip(1)::iterator) {
				String[] f = line.split(",", -1);
				// id,committee,year,kind,subtype,title,date,level,status,converted,satisfaction,quantity,score
				out.write(String.join(",", f[1], f[0], f[2], f[3], f[4], or(f[5], "\"\""), f[6], or(f[7], "NONE"),
						or(f[8], "FILED"), or(f[9], "false"), f[10], or(f[11], "0"), f[12], "APPROVED"));
				out.write('\n');
			}
		}
		return rows;
	}

	private static String or(String value, String otherwise) {
		return value.isEmpty() ? otherwise : value;
	}

	/** Makes an API token for the office's {@code admin}. */
	private String signIn() throws IOException, InterruptedException {
		String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes());
		HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(BASE + "/api/tokens"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\", \"expiresInDays\": 1}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(made.body());
		if (!token.find()) {
			throw new IllegalStateException("no token: " + made.body());
		}
		return token.group(1);
	}

	/** Signs in through the login form and returns the session's id. */
	private String session() throws IOException, InterruptedException {
		CookieManager cookies = new CookieManager();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
		String login = browser
			.send(HttpRequest.newBuilder(URI.create(BASE + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		csrf.find();
		String form = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(URI.create(BASE + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		if (signedIn.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("the sign-in was refused");
		}
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	/** Posts {@code file}, or nothing when it is {@code null}, and returns the answer. */
	private String post(String path, Path file, String token) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(BASE + path))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "text/csv")
			.timeout(Duration.ofHours(2))
			.POST((file == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofFile(file))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private String get(String path, String token) throws IOException, InterruptedException {
		return http
			.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static long lines(Path file) throws IOException {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.count();
		}
	}

	private static String load() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static String ms(double seconds) {
		return String.format(Locale.ROOT, (seconds < 1) ? "%.1f ms" : "%.2f s",
				(seconds < 1) ? seconds * 1e3 : seconds);
	}

	/** Where the server keeps its data, emptied before each part. */
	interface Database {

		String name();

		String url();

		String user();

		String password();

		/** The anchor's name, for the table. */
		String anchor();

		/** An empty database, which the server migrates when it starts. */
		void reset() throws Exception;

		/** Loads {@code rows} (columns as {@code activity_record}) into its table. */
		void bulkLoad(Path rows) throws Exception;

	}

	record H2(Path folder) implements Database {

		@Override
		public String name() {
			return "H2 (file)";
		}

		@Override
		public String url() {
			return "jdbc:h2:file:" + folder.resolve("six-rates");
		}

		@Override
		public String user() {
			return "sa";
		}

		@Override
		public String password() {
			return "";
		}

		@Override
		public String anchor() {
			return "`INSERT … SELECT … FROM CSVREAD`";
		}

		@Override
		public void reset() throws IOException {
			if (Files.exists(folder)) {
				try (Stream<Path> files = Files.walk(folder)) {
					for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
						Files.delete(file);
					}
				}
			}
			Files.createDirectories(folder);
		}

		@Override
		public void bulkLoad(Path rows) throws SQLException {
			try (Connection connection = DriverManager.getConnection(H2Urls.withRequiredSettings(url()), user(),
					password()); Statement statement = connection.createStatement()) {
				statement.execute("insert into activity_record (" + COLUMNS + ") select * from csvread('" + rows
						+ "', null, 'charset=UTF-8')");
			}
		}

	}

	record Postgres(String url, String user, String password) implements Database {

		@Override
		public String name() {
			return "PostgreSQL 15";
		}

		@Override
		public String anchor() {
			return "`COPY`";
		}

		@Override
		public void reset() throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema public cascade");
				statement.execute("create schema public");
			}
		}

		@Override
		public void bulkLoad(Path rows) throws Exception {
			try (Connection connection = DriverManager.getConnection(url, user, password);
					var in = Files.newBufferedReader(rows)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("copy activity_record (" + COLUMNS + ") from stdin (format csv, header true)", in);
			}
		}

	}

	/** The application in a JVM of its own. */
	private record Server(Process process) {

		static Server start(Database database) throws Exception {
			String java = ProcessHandle.current().info().command().orElse("java");
			Path log = Path.of("target", "bench", "server.log");
			Files.createDirectories(log.getParent());
			List<String> command = new ArrayList<>(List.of(java, "-Xmx2g"));
			String options = System.getProperty("server.jvm", "").strip();
			if (!options.isEmpty()) {
				command.addAll(List.of(options.split("\\s+")));
			}
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.sixrates.SixRatesApplication",
					"--server.address=127.0.0.1", "--server.port=" + PORT, "--spring.datasource.url=" + database.url(),
					"--spring.datasource.username=" + database.user(),
					"--spring.datasource.password=" + database.password(), "--sixrates.demo-data=false",
					"--sixrates.admin-password=" + PASSWORD, "--spring.servlet.multipart.max-file-size=2GB",
					"--spring.servlet.multipart.max-request-size=2GB"));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			HttpClient probe = HttpClient.newHttpClient();
			for (int attempt = 0; attempt < 600; attempt++) {
				try {
					if (probe
						.send(HttpRequest.newBuilder(URI.create(BASE + "/actuator/health")).build(),
								HttpResponse.BodyHandlers.ofString())
						.body()
						.contains("UP")) {
						return new Server(process);
					}
				}
				catch (IOException starting) {
					// not listening yet
				}
				Thread.sleep(200);
			}
			process.destroyForcibly();
			throw new IllegalStateException("the server did not start; see " + log);
		}

		/** The most resident memory the server had, from {@code /proc}. */
		long peakRssKib() throws IOException {
			Matcher peak = Pattern.compile("VmHWM:\\s+(\\d+) kB")
				.matcher(Files.readString(Path.of("/proc", Long.toString(process.pid()), "status")));
			return peak.find() ? Long.parseLong(peak.group(1)) : -1;
		}

		void stop() throws InterruptedException {
			process.destroy();
			process.waitFor();
		}

	}

	/** One run of wrk, 200 connections on two threads. */
	private record Wrk(double throughput, double p50, double p99, long errors) {

		private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");

		private static final Pattern PERCENTILE = Pattern.compile("\\s(50|99)%\\s+([\\d.]+)(us|ms|s)");

		private static final Pattern ERRORS = Pattern
			.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

		private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

		static Wrk run(String url, String header) throws IOException, InterruptedException {
			List<String> command = new ArrayList<>(List.of("wrk", "-t2", "-c200",
					"-d" + Integer.getInteger("wrk.seconds", 20) + "s", "--timeout", "10s", "--latency"));
			if (!header.isEmpty()) {
				command.addAll(List.of("-H", header));
			}
			command.add(url);
			Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
			String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			wrk.waitFor();
			Matcher rate = RATE.matcher(out);
			if (!rate.find()) {
				throw new IllegalStateException("wrk: " + out);
			}
			double p50 = 0;
			double p99 = 0;
			Matcher percentile = PERCENTILE.matcher(out);
			while (percentile.find()) {
				double value = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
					case "us" -> 1e-6;
					case "ms" -> 1e-3;
					default -> 1;
				};
				if (percentile.group(1).equals("50")) {
					p50 = value;
				}
				else {
					p99 = value;
				}
			}
			long errors = 0;
			Matcher socket = ERRORS.matcher(out);
			if (socket.find()) {
				for (int group = 1; group <= 4; group++) {
					errors += Long.parseLong(socket.group(group));
				}
			}
			Matcher non2xx = NON_2XX.matcher(out);
			if (non2xx.find()) {
				errors += Long.parseLong(non2xx.group(1));
			}
			return new Wrk(Double.parseDouble(rate.group(1)), p50, p99, errors);
		}

	}

}
