package org.sixrates.awards;

import java.util.ArrayList;
import java.util.List;

import org.sixrates.input.Cells;

/**
 * The award list as CSV (DESIGN §7): {@code year,award,rank,committee,name,score}, award
 * ids in rules order, winners in rank order (the rank among the award's eligible), the
 * score with 2 decimals half up as in the ranking CSV. With the Chinese header
 * ({@code 年度,表彰,名次,单位代码,单位名称,得分}) the award column holds the award's Chinese label. RFC
 * 4180 with CRLF line ends; a text cell a spreadsheet would run as a formula gets a
 * leading {@code '}, as in the ranking CSV.
 */
public final class AwardListCsv {

	private AwardListCsv() {
	}

	/**
	 * The CSV text of the list, header in English ids or, with {@code chinese}, Chinese.
	 */
	public static String write(AwardList list, boolean chinese) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(chinese ? List.of("年度", "表彰", "名次", "单位代码", "单位名称", "得分")
				: List.of("year", "award", "rank", "committee", "name", "score"));
		for (AwardList.Line line : list.lines()) {
			rows.add(List.of(Integer.toString(list.year()),
					Cells.inert(chinese ? line.award().zh() : line.award().id()), Integer.toString(line.rank()),
					Cells.inert(line.code()), Cells.inert(line.name()), Cells.score(line.score())));
		}
		return Cells.csv(rows);
	}

	/**
	 * The same CSV as UTF-8 bytes behind a byte order mark, so that Excel and WPS read it
	 * as UTF-8.
	 */
	public static byte[] withBom(AwardList list, boolean chinese) {
		return Cells.withBom(write(list, chinese));
	}

}
