package org.sixrates.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

/**
 * The demo city 锦澜市: ten committees (four districts 区, four counties 县, two county-level
 * cities 县级市) assessed in 2023, 2024 and 2025, with about 3 600 records of their work.
 *
 * <p>
 * The same seed gives the same city, byte for byte, on every machine: the draws come from
 * one seeded {@link java.util.SplittableRandom}, everything is kept in lists in a fixed
 * order, and nothing depends on the locale, the time zone or the clock. {@link #main}
 * writes the files shipped in {@code src/main/resources/demo}.
 */
public final class DemoCity {

	/** The seed of the shipped demo files. */
	public static final long SEED = 20250315L;

	/** The assessment years of the demo city. */
	public static final List<Integer> YEARS = List.of(2023, 2024, 2025);

	private final List<DemoCommittee> committees;

	private final List<DemoRecord> records;

	private DemoCity(List<DemoCommittee> committees, List<DemoRecord> records) {
		this.committees = List.copyOf(committees);
		this.records = List.copyOf(records);
	}

	/** The city made from {@code seed}; {@link #SEED} gives the shipped files. */
	public static DemoCity generate(long seed) {
		Dice dice = new Dice(seed);
		List<DemoCommittee> committees = new ArrayList<>();
		List<DemoRecord> records = new ArrayList<>();
		for (Profile profile : Profile.CITY) {
			Dice own = dice.split();
			for (int year : YEARS) {
				int members = profile.membersIn(year, own);
				committees.add(new DemoCommittee(profile.code(), profile.name(), profile.type(), year, members));
				records.addAll(YearOfWork.make(profile, year, members, own));
			}
		}
		return new DemoCity(committees, records);
	}

	/** One row per committee and year, in the city's order, then by year. */
	public List<DemoCommittee> committees() {
		return committees;
	}

	/** By committee, year, kind, then id. */
	public List<DemoRecord> records() {
		return records;
	}

	/** {@code committees.csv} as DESIGN §2 has it: RFC 4180, lines ending in CRLF. */
	public String committeesCsv() {
		return csv(CityCsv.COMMITTEES_HEADER, committees.stream().map(CityCsv::cells).toList());
	}

	/**
	 * {@code records.csv} as DESIGN §2 has it, English values, an empty cell for a
	 * default.
	 */
	public String recordsCsv() {
		return csv(CityCsv.RECORDS_HEADER, records.stream().map(CityCsv::cells).toList());
	}

	private static String csv(String header, List<List<Object>> rows) {
		StringBuilder text = new StringBuilder();
		try (CSVPrinter printer = CityCsv.start(text, header)) {
			for (List<Object> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	/**
	 * Writes {@code committees.csv} and {@code records.csv}, UTF-8 without a BOM, into a
	 * folder.
	 */
	public void writeTo(Path folder) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("committees.csv"), committeesCsv(), StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("records.csv"), recordsCsv(), StandardCharsets.UTF_8);
	}

	/**
	 * {@code DemoCity FOLDER [SEED]}: writes the demo files into FOLDER; the shipped ones
	 * are made with {@code src/main/resources/demo} and the default seed.
	 */
	public static void main(String[] args) throws IOException {
		if (args.length < 1 || args.length > 2) {
			System.err.println("usage: DemoCity FOLDER [SEED]");
			System.exit(2);
		}
		long seed = (args.length == 2) ? Long.parseLong(args[1]) : SEED;
		generate(seed).writeTo(Path.of(args[0]));
	}

}
