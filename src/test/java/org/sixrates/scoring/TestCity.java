package org.sixrates.scoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Status;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeLoader;

/**
 * A small city built cell by cell for hand-worked tests. Two rates are easy to set to any
 * fraction: {@code a} = completed proposals / proposals, {@code b} = publications at city
 * level / publications.
 */
final class TestCity {

	/** Two rates a (weight 0.6) and b (weight 0.4), normalization none, arithmetic. */
	static final String TWO_RATES = """
			scheme: test
			title: {zh: 测试, en: Test}
			rates:
			  - id: a
			    label: {zh: 甲, en: A}
			    weight: 0.6
			    numerator: {count: {kind: [PROPOSAL], status: [COMPLETED]}}
			    denominator: {count: {kind: [PROPOSAL]}}
			  - id: b
			    label: {zh: 乙, en: B}
			    weight: 0.4
			    numerator: {count: {kind: [PUBLICATION], level: [CITY]}}
			    denominator: {count: {kind: [PUBLICATION]}}
			""";

	private final List<CommitteeYear> committees = new ArrayList<>();

	private final List<Cell> cells = new ArrayList<>();

	static Scheme scheme(String yaml) {
		return SchemeLoader.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
	}

	/** {@link #TWO_RATES} with lines added at the end (top-level keys) or replaced. */
	static Scheme twoRates(String more) {
		return scheme(TWO_RATES + more);
	}

	TestCity committee(String code, int year, int members) {
		committees.add(new CommitteeYear(code, "Committee " + code, year, members));
		return this;
	}

	/** Rate a = completed / total. */
	TestCity proposals(String code, int year, int total, int completed) {
		add(new Cell(code, year, Kind.PROPOSAL, null, Level.NONE, Status.COMPLETED, false, null, completed, 0, 0));
		add(new Cell(code, year, Kind.PROPOSAL, null, Level.NONE, Status.FILED, false, null, total - completed, 0, 0));
		return this;
	}

	/** Rate b = published / total. */
	TestCity publications(String code, int year, int total, int published) {
		add(new Cell(code, year, Kind.PUBLICATION, "NEWS", Level.CITY, Status.FILED, false, null, published, 0, 0));
		add(new Cell(code, year, Kind.PUBLICATION, "NEWS", Level.NONE, Status.FILED, false, null, total - published, 0,
				0));
		return this;
	}

	TestCity cell(Cell cell) {
		add(cell);
		return this;
	}

	private void add(Cell cell) {
		if (cell.count() > 0) {
			cells.add(cell);
		}
	}

	Cube cube() {
		return new Cube(committees, cells);
	}

	static YearResult year(Assessment assessment, int year) {
		return assessment.years().stream().filter(result -> result.year() == year).findFirst().orElseThrow();
	}

	static CommitteeResult committee(Assessment assessment, int year, String code) {
		return year(assessment, year).committees()
			.stream()
			.filter(result -> result.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
