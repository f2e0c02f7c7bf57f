package org.sixrates.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.sixrates.vocabulary.RecordField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sixrates.web.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ResponseStatusException;

/** Filtering and paging against real H2, on the records of {@link SampleRecords}. */
@WebTest
class RecordQueriesTests {

	@Autowired
	private DSLContext dsl;

	@Autowired
	private RecordQueries queries;

	@BeforeEach
	void writeRecords() {
		SampleRecords.write(dsl);
	}

	@Test
	void withoutAFilterEveryRecordIsListedNewestFirstUndatedLast() {
		RecordPage page = queries.find(RecordFilter.NONE, 1);
		// 2024 dates: N1 08-01, V1 07-15, A1 06-01, S1 05-20, P2 04-10, P1 of DH and of
		// XS 03-05 (same id:
		// by committee), XS S1 02-01; then DH P9 of 2023-05-01; P3 has no date and comes
		// last
		assertThat(page.total()).isEqualTo(10);
		assertThat(ids(page)).containsExactly("DH/N1", "DH/V1", "DH/A1", "DH/S1", "DH/P2", "DH/P1", "XS/P1", "XS/S1",
				"DH/P9", "DH/P3");
	}

	@Test
	void aListCountsNoFurtherThanItsLimitAndAPagePastTheLastIsTheLast() {
		// 10 000 more records of DH besides the 10 of SampleRecords: 10 010 in all, one
		// page of
		// 50 more than the 200 pages the limit allows
		var r = org.sixrates.db.Tables.ACTIVITY_RECORD;
		var insert = dsl.batch(dsl.insertInto(r, r.COMMITTEE, r.ID, r.YEAR, r.KIND, r.TITLE, r.LEVEL_REACHED, r.STATUS,
				r.CONVERTED, r.QUANTITY)
			.values((String) null, null, null, null, null, null, null, null, null));
		for (int i = 0; i < RecordQueries.MOST_LISTED; i++) {
			insert.bind("DH", String.format("M%05d", i), 2024, "ACTIVITY", "t", "NONE", "FILED", false, 1);
		}
		insert.execute();

		RecordPage first = queries.find(RecordFilter.NONE, 1);
		assertThat(first.total()).isEqualTo(10_000);
		assertThat(first.more()).isTrue();
		assertThat(first.pages()).isEqualTo(200);
		RecordPage beyond = queries.find(RecordFilter.NONE, 999);
		assertThat(beyond.page()).isEqualTo(200);
		assertThat(beyond.records()).hasSize(50);
		// a narrower filter counts exactly again
		RecordPage proposals = queries.find(filter("kind", "PROPOSAL"), 1);
		assertThat(proposals.more()).isFalse();
		assertThat(proposals.total()).isEqualTo(5);
	}

	@Test
	void valuesOfOneFieldAreAlternatives() {
		// kind PROPOSAL or SOCIAL_OPINION, committee DH, year 2024: P1, P2, P3, S1
		RecordPage page = queries
			.find(filter("committee", "DH", "year", "2024", "kind", "PROPOSAL", "kind", "SOCIAL_OPINION"), 1);
		assertThat(ids(page)).containsExactly("DH/S1", "DH/P2", "DH/P1", "DH/P3");
	}

	@Test
	void fieldsAreAllRequired() {
		// completed proposals and opinion reports of 2024: DH S1, DH P1, XS P1 (not DH P9
		// of 2023)
		RecordPage page = queries
			.find(filter("kind", "PROPOSAL", "kind", "SOCIAL_OPINION", "status", "COMPLETED", "year", "2024"), 1);
		assertThat(ids(page)).containsExactly("DH/S1", "DH/P1", "XS/P1");
	}

	@Test
	void levelsConversionAndSatisfactionFilterToo() {
		assertThat(ids(queries.find(filter("level", "CITY", "level", "PROVINCE"), 1))).containsExactly("DH/N1", "DH/A1",
				"DH/S1");
		assertThat(ids(queries.find(filter("converted", "true"), 1))).containsExactly("DH/A1", "DH/S1");
		assertThat(ids(queries.find(filter("satisfaction", "SATISFIED", "satisfaction", "BASICALLY_SATISFIED"), 1)))
			.containsExactly("DH/P2", "DH/P1");
	}

	@Test
	void chineseValuesAreReadLikeEnglishOnes() {
		assertThat(ids(queries.find(filter("subtype", "视察"), 1))).containsExactly("DH/V1");
		assertThat(ids(queries.find(filter("kind", "社情民意", "converted", "否"), 1))).containsExactly("XS/S1");
	}

	@Test
	void aRowCarriesEveryColumnAndTheCommitteeName() {
		ListedRecord v1 = queries.find(filter("subtype", "INSPECTION"), 1).records().get(0);
		assertThat(v1.committeeName()).isEqualTo("东湖区政协");
		assertThat(v1.values().get(RecordField.DATE)).isEqualTo(LocalDate.of(2024, 7, 15));
		assertThat(v1.values().get(RecordField.QUANTITY)).isEqualTo(35);
		assertThat(v1.values().get(RecordField.TITLE)).isEqualTo("视察城区防汛工作");
	}

	@Test
	void pagesHoldFiftyRecordsAndNeverOverlap() {
		// 120 activities of BL dated 2024-01-01 plus 0..119 days: 50 + 50 + 20, newest
		// first
		for (int i = 0; i < 120; i++) {
			SampleRecords.record(dsl, "BL", String.format("V%03d", i), 2024, "ACTIVITY", "FELLOWSHIP", "联谊活动 " + i,
					LocalDate.of(2024, 1, 1).plusDays(i), "NONE", "FILED", false, null, 10);
		}
		RecordFilter bl = filter("committee", "BL");
		RecordPage first = queries.find(bl, 1);
		RecordPage third = queries.find(bl, 3);
		assertThat(first.total()).isEqualTo(120);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.records()).hasSize(50);
		assertThat(first.records().get(0).id()).isEqualTo("V119");
		assertThat(queries.find(bl, 2).records().get(0).id()).isEqualTo("V069");
		assertThat(third.records()).hasSize(20);
		assertThat(third.records().get(19).id()).isEqualTo("V000");
		assertThat(third.hasNext()).isFalse();
	}

	@Test
	void aValueThatMeansNothingIsRefusedWithWhatWasExpected() {
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> filter("kind", "PROPSAL"))
			.withMessageContaining("PROPOSAL (提案)");
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> filter("converted", "maybe"));
		assertThatExceptionOfType(ResponseStatusException.class).isThrownBy(() -> filter("year", "last"));
	}

	@Test
	void theFormsOptionsComeFromTheDatabase() {
		assertThat(queries.committees()).extracting(RecordQueries.CommitteeName::code)
			.containsExactly("BL", "DH", "NJ", "XS");
		assertThat(queries.years()).containsExactly(2023, 2024);
	}

	@Test
	void aSearchFindsTitlesContainingItsTextIgnoringCase() {
		SampleRecords.record(dsl, "BL", "T1", 2024, "PROPOSAL", null, "Smart City 智慧城市提案", null, "NONE", "FILED", false,
				null, 0);
		SampleRecords.record(dsl, "BL", "T2", 2024, "PROPOSAL", null, "完成率 100% 的提案", null, "NONE", "FILED", false,
				null, 0);
		SampleRecords.record(dsl, "BL", "T3", 2024, "PROPOSAL", null, "代号 A_B 的提案", null, "NONE", "FILED", false, null,
				0);
		SampleRecords.record(dsl, "BL", "T4", 2024, "PROPOSAL", null, "代号 AXB 的提案", null, "NONE", "FILED", false, null,
				0);
		assertThat(ids(queries.find(filter("q", "smart CITY"), 1))).containsExactly("BL/T1");
		assertThat(ids(queries.find(filter("q", "养老"), 1))).containsExactly("DH/P1");
		// % and _ are the characters themselves, not wildcards: 100% only, A_B and not
		// AXB
		assertThat(ids(queries.find(filter("q", "%"), 1))).containsExactly("BL/T2");
		assertThat(ids(queries.find(filter("q", "A_B"), 1))).containsExactly("BL/T3");
		assertThat(ids(queries.find(filter("q", "_"), 1))).containsExactly("BL/T3");
		// and with the other fields: the proposals of 2024 whose title says 提案, not the
		// 2023 one
		assertThat(queries.find(filter("q", "提案", "committee", "DH", "year", "2024"), 1).total()).isEqualTo(3);
	}

	@Test
	void aListSortsByAColumnThenByCommitteeAndId() {
		// quantity, highest first: V1 (35), then the others (0) by committee and id
		assertThat(ids(queries.find(RecordFilter.NONE, new RecordOrder(RecordField.QUANTITY, true), 1)))
			.containsExactly("DH/V1", "DH/A1", "DH/N1", "DH/P1", "DH/P2", "DH/P3", "DH/P9", "DH/S1", "XS/P1", "XS/S1");
		// kind, A to Z: ACTIVITY, ADVISORY_PROPOSAL, PROPOSAL (DH P1 P2 P3 P9, XS P1),
		// PUBLICATION, SOCIAL_OPINION
		assertThat(ids(queries.find(RecordFilter.NONE, new RecordOrder(RecordField.KIND, false), 1)))
			.containsExactly("DH/V1", "DH/A1", "DH/P1", "DH/P2", "DH/P3", "DH/P9", "XS/P1", "DH/N1", "DH/S1", "XS/S1");
		// date, oldest first, undated last
		assertThat(ids(queries.find(RecordFilter.NONE, new RecordOrder(RecordField.DATE, false), 1)))
			.containsExactly("DH/P9", "XS/S1", "DH/P1", "XS/P1", "DH/P2", "DH/S1", "DH/A1", "DH/V1", "DH/N1", "DH/P3");
		// satisfaction descending: UNSATISFIED, SATISFIED, BASICALLY_SATISFIED, then the
		// empty ones
		assertThat(ids(queries.find(RecordFilter.NONE, new RecordOrder(RecordField.SATISFACTION, true), 1)))
			.startsWith("XS/P1", "DH/P1", "DH/P2", "DH/A1");
	}

	@Test
	void everyColumnSortsBothWays() {
		for (RecordField column : RecordField.values()) {
			for (boolean descending : new boolean[] { false, true }) {
				List<ListedRecord> rows = queries.find(RecordFilter.NONE, new RecordOrder(column, descending), 1)
					.records();
				assertThat(rows).hasSize(10);
				for (int i = 1; i < rows.size(); i++) {
					assertThat(inOrder(rows.get(i - 1), rows.get(i), column, descending))
						.as("%s %s: %s before %s", column, descending ? "desc" : "asc", rows.get(i - 1).id(),
								rows.get(i).id())
						.isTrue();
				}
			}
		}
	}

	// the column's stored value, empty last either way, then committee and id
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static boolean inOrder(ListedRecord a, ListedRecord b, RecordField column, boolean descending) {
		Object x = a.values().get(column);
		Object y = b.values().get(column);
		if (x instanceof Enum<?> e) {
			x = e.name();
		}
		if (y instanceof Enum<?> e) {
			y = e.name();
		}
		int byColumn;
		if (x == null || y == null) {
			byColumn = (x == null) == (y == null) ? 0 : (x == null ? 1 : -1);
		}
		else {
			byColumn = ((Comparable) x).compareTo(y) * (descending ? -1 : 1);
		}
		if (byColumn != 0) {
			return byColumn < 0;
		}
		int byCommittee = a.committee().compareTo(b.committee());
		return (byCommittee != 0) ? byCommittee < 0 : a.id().compareTo(b.id()) < 0;
	}

	static RecordFilter filter(String... pairs) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.add(pairs[i], pairs[i + 1]);
		}
		return RecordFilter.of(parameters);
	}

	private static List<String> ids(RecordPage page) {
		return page.records().stream().map(row -> row.committee() + "/" + row.id()).toList();
	}

}
