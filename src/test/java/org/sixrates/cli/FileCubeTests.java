package org.sixrates.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.importing.Importer;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeSource;
import org.sixrates.scoring.Assessment;
import org.sixrates.scoring.Cube;
import org.sixrates.scoring.Scorer;
import org.sixrates.tallies.TallyRepository;
import org.sixrates.testing.TestDatabase;
import org.sixrates.vocabulary.CommitteeType;
import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;
import org.sixrates.vocabulary.Subtype;
import org.sixrates.vocabulary.Term;

/**
 * The command line's cube, built from the files with no database, against the
 * application's: the same files imported with the product's {@link Importer} into a
 * database (H2, or PostgreSQL on that run) and tallied by {@link TallyRepository}. Both
 * must hold the same committees and the same cells, bit for bit, in every year, and so
 * score alike field by field.
 */
class FileCubeTests {

	private static final Charset GB18030 = Charset.forName("GB18030");

	@TempDir
	Path folder;

	private final TestDatabase database = TestDatabase.migrated();

	@AfterEach
	void close() {
		database.close();
	}

	@Test
	void theDemoCityGivesTheApplicationsCubeAndResults() throws IOException {
		Path committees = resource("demo/committees.csv");
		Path records = resource("demo/records.csv");

		assertAgree(committees, List.of(records), 3568);
	}

	@Test
	void aGeneratedCityUpdatedByLaterFilesGivesTheApplicationsCubeAndResults() throws IOException {
		// three files: the second rewrites a third of the first's records (their kind,
		// year and fields drawn again) in another encoding, header and line ends, and
		// names committees by name; the third completes some of them with its few columns
		City city = new City(new Random(20261201L), 40);
		Path committees = write("committees.csv", city.committees(), StandardCharsets.UTF_8);
		List<String> first = city.records(0, 4000, "R");
		Path one = write("records-1.csv", String.join("\n", first) + "\n", StandardCharsets.UTF_8);
		Path two = write("records-2.csv", "\uFEFF" + String.join("\r\n", city.rewritten(first, 1300, 600)) + "\r\n",
				StandardCharsets.UTF_8);
		Path three = write("records-3.csv", String.join("\r", city.completed(first, 400)) + "\r", GB18030);

		// 4000 records, and 600 new ones in the second file
		assertAgree(committees, List.of(one, two, three), 4600);
	}

	private void assertAgree(Path committees, List<Path> records, int count) throws IOException {
		Importer importer = new Importer(database.dsl, Clock.systemUTC());
		importer.importCommittees(committees.toString(), Files.readAllBytes(committees), "test");
		for (Path file : records) {
			importer.importRecords(file.toString(), Files.readAllBytes(file), "test");
		}
		TallyRepository application = new TallyRepository(database.dsl);

		FileCube files = FileCube.read(committees.toString(), records.stream().map(Path::toString).toList());

		assertThat(files.records()).isEqualTo(count);
		assertThat(files.years()).isEqualTo(application.years());
		Scheme scheme = SchemeSource.load(SchemeSource.DEFAULT);
		for (int year : files.years()) {
			Cube expected = application.upTo(year);
			Cube actual = files.upTo(year);
			assertThat(actual.committees()).isEqualTo(expected.committees());
			// in any order: the database sorts a missing subtype last (PostgreSQL's rule,
			// which
			// H2 follows in its PostgreSQL mode), CellCounts first, and scoring reads
			// cells
			// by committee whatever their order
			assertThat(actual.cells()).as("cells up to %d", year).containsExactlyInAnyOrderElementsOf(expected.cells());
			Assessment scored = new Scorer().score(scheme, actual);
			assertThat(scored).usingRecursiveComparison().isEqualTo(new Scorer().score(scheme, expected));
		}
	}

	private Path resource(String name) throws IOException {
		Path target = folder.resolve(name.replace('/', '-'));
		try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
			Files.copy(in, target);
		}
		return target;
	}

	private Path write(String name, String text, Charset charset) throws IOException {
		Path target = folder.resolve(name);
		Files.writeString(target, text, charset);
		return target;
	}

	/**
	 * A city drawn from a seed: committees assessed in 2023–2025, records of every kind
	 * with the fields a kind has, scores with one or two decimals (whose float sums
	 * depend on their order), titles with commas, quotes and line breaks.
	 */
	private static final class City {

		private static final List<Integer> YEARS = List.of(2023, 2024, 2025);

		private final Random random;

		private final Map<String, String> names = new LinkedHashMap<>();

		City(Random random, int size) {
			this.random = random;
			for (int i = 1; i <= size; i++) {
				names.put("G%02d".formatted(i), "第%d%s政协".formatted(i, (i % 3 == 0) ? "区" : "县"));
			}
		}

		String committees() {
			StringBuilder csv = new StringBuilder("code,name,type,year,members\n");
			CommitteeType[] types = CommitteeType.values();
			int i = 0;
			for (Map.Entry<String, String> committee : names.entrySet()) {
				CommitteeType type = types[i++ % types.length];
				for (int year : YEARS) {
					csv.append("%s,%s,%s,%d,%d\n".formatted(committee.getKey(), committee.getValue(), type.name(), year,
							20 + random.nextInt(180)));
				}
			}
			return csv.toString();
		}

		/** A header and {@code count} records with ids {@code prefix00001…}. */
		List<String> records(int from, int count, String prefix) {
			List<String> lines = new ArrayList<>(List
				.of("id,committee,year,kind,subtype,title,date,level,status,converted,satisfaction,quantity,score"));
			List<String> codes = List.copyOf(names.keySet());
			for (int i = from; i < from + count; i++) {
				lines.add(record("%s%05d".formatted(prefix, i), codes.get(random.nextInt(codes.size())), false));
			}
			return lines;
		}

		/**
		 * {@code rewritten} of the records of {@code first} drawn again and {@code added}
		 * new ones, with Chinese headers and labels, committees by name.
		 */
		List<String> rewritten(List<String> first, int rewritten, int added) {
			List<String> lines = new ArrayList<>(List.of("编号,单位,年度,类别,小类,题目,date,层级,办理状态,转化,satisfaction,参与人数,得分"));
			List<String> rows = new ArrayList<>(first.subList(1, first.size()));
			java.util.Collections.shuffle(rows, random);
			for (String row : rows.subList(0, rewritten)) {
				String[] key = row.split(",", 3);
				lines.add(record(key[0], key[1], true));
			}
			List<String> codes = List.copyOf(names.keySet());
			for (int i = 0; i < added; i++) {
				lines.add(record("N%05d".formatted(i), codes.get(random.nextInt(codes.size())), true));
			}
			return lines;
		}

		/** {@code count} of the records of {@code first} as completed proposals. */
		List<String> completed(List<String> first, int count) {
			List<String> lines = new ArrayList<>(List.of("状态,编号,单位代码,类型,考核年度"));
			for (String row : first.subList(first.size() - count, first.size())) {
				String[] key = row.split(",", 4);
				lines.add("已办结,%s,%s,提案,%s".formatted(key[0], key[1], key[2]));
			}
			return lines;
		}

		private String record(String id, String code, boolean chinese) {
			Kind kind = pick(Kind.values());
			String subtype = switch (kind) {
				case ACTIVITY -> label(pick(List.of(Subtype.values()).subList(0, 6).toArray(Subtype[]::new)), chinese);
				case PUBLICATION ->
					label(pick(List.of(Subtype.values()).subList(6, 11).toArray(Subtype[]::new)), chinese);
				default -> random.nextInt(10) == 0 ? "其他" : "";
			};
			String title = switch (random.nextInt(6)) {
				case 0 -> "\"关于\"\"乡村振兴\"\"的提案\"";
				case 1 -> "\"第一行\n第二行, 续\"";
				default -> "关于第" + random.nextInt(1000) + "项工作的报告";
			};
			String date = random.nextBoolean() ? ""
					: "2024-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
			String level = random.nextInt(4) == 0 ? "" : label(pick(Level.values()), chinese);
			String status = random.nextInt(4) == 0 ? "" : label(pick(Status.values()), chinese);
			String converted = switch (random.nextInt(3)) {
				case 0 -> "";
				case 1 -> chinese ? "是" : "true";
				default -> chinese ? "否" : "false";
			};
			String satisfaction = random.nextInt(3) == 0 ? "" : label(pick(Satisfaction.values()), chinese);
			String quantity = (kind == Kind.ACTIVITY) ? String.valueOf(random.nextInt(60)) : "";
			String score = (kind == Kind.FEEDBACK || random.nextInt(20) == 0)
					? (random.nextInt(10000) / (random.nextBoolean() ? 100.0 : 10.0) % 100) + "" : "";
			String committee = chinese ? names.get(code) : code;
			int year = YEARS.get(random.nextInt(YEARS.size()));
			return String.join(",", id, committee, String.valueOf(year), label(kind, chinese), subtype, title, date,
					level, status, converted, satisfaction, quantity, score);
		}

		private <T> T pick(T[] values) {
			return values[random.nextInt(values.length)];
		}

		private static String label(Term term, boolean chinese) {
			return chinese ? term.in(Locale.SIMPLIFIED_CHINESE) : term.name();
		}

	}

}
