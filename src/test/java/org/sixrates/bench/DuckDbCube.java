package org.sixrates.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The anchor of {@link ScoreCommandBenchmark}: DuckDB reads a records file into the same
 * cube the {@code score} command builds (per committee and year, the six fields rules
 * filter on; count, sum of quantity, sum of score) and prints how many cells it has. Run
 * in a process of its own, so that its time and peak memory are measured as the command's
 * are: {@code DuckDbCube records.csv}.
 */
public final class DuckDbCube {

	private DuckDbCube() {
	}

	public static void main(String[] args) throws SQLException {
		String file = args[0].replace("'", "''");
		try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
				Statement statement = connection.createStatement()) {
			statement.execute("create table cells as select committee, year, kind, subtype, level, status, converted,"
					+ " satisfaction, count(*) as records, sum(quantity) as quantity, sum(score) as score"
					+ " from read_csv('" + file + "', header = true, all_varchar = false)"
					+ " group by committee, year, kind, subtype, level, status, converted, satisfaction");
			try (ResultSet count = statement.executeQuery("select count(*) from cells")) {
				count.next();
				System.out.println(count.getLong(1) + " cells");
			}
		}
	}

}
