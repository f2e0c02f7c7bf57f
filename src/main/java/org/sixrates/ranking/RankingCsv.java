package org.sixrates.ranking;

import java.util.ArrayList;
import java.util.List;

import org.sixrates.input.Cells;

/**
 * The ranking as CSV (DESIGN §5):
 * {@code year,rank,committee,name,<rate ids>,score,grade,awards}, rates in percent and
 * score with 2 decimals half up, an excluded rate as an empty cell, grade and award ids
 * (awards joined by {@code ;}; with the Chinese header their Chinese labels), rows by
 * year, then rank, then code. RFC 4180 with CRLF line ends. The command line and the HTTP
 * export both write through here.
 */
public final class RankingCsv {

	private RankingCsv() {
	}

	/**
	 * The CSV text of the rankings, header in English ids or, with {@code chinese},
	 * Chinese labels.
	 */
	public static String write(List<RankingTable> rankings, boolean chinese) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(header(rankings, chinese));
		for (RankingTable ranking : rankings) {
			for (RankingRow row : ranking.rows()) {
				rows.add(cells(ranking.year(), row, chinese));
			}
		}
		return Cells.csv(rows);
	}

	/**
	 * The same CSV as UTF-8 bytes behind a byte order mark, so that Excel and WPS read it
	 * as UTF-8.
	 */
	public static byte[] withBom(List<RankingTable> rankings, boolean chinese) {
		return Cells.withBom(write(rankings, chinese));
	}

	private static List<String> header(List<RankingTable> rankings, boolean chinese) {
		List<String> header = new ArrayList<>(
				chinese ? List.of("年度", "排名", "单位代码", "单位名称") : List.of("year", "rank", "committee", "name"));
		if (!rankings.isEmpty()) {
			for (RateColumn column : rankings.get(0).columns()) {
				header.add(Cells.inert(chinese ? column.rate().zh() : column.id()));
			}
		}
		header.addAll(chinese ? List.of("得分", "等次", "表彰") : List.of("score", "grade", "awards"));
		return header;
	}

	private static List<String> cells(int year, RankingRow row, boolean chinese) {
		List<String> cells = new ArrayList<>();
		cells.add(Integer.toString(year));
		cells.add(Integer.toString(row.rank()));
		cells.add(Cells.inert(row.code()));
		cells.add(Cells.inert(row.name()));
		row.rates().forEach(rate -> cells.add(Cells.percent(rate)));
		cells.add(Cells.score(row.score()));
		// ids for programs; with the Chinese header, the labels a reader looks for (优秀,
		// 通报表彰;全会表彰)
		cells.add((row.grade() == null) ? "" : Cells.inert(chinese ? row.grade().zh() : row.grade().id()));
		cells.add(Cells
			.inert(String.join(";", row.awards().stream().map(award -> chinese ? award.zh() : award.id()).toList())));
		return cells;
	}

}
