package org.sixrates.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

class H2UrlsTests {

	private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
			+ ";NON_KEYWORDS=YEAR;LOCK_TIMEOUT=60000";

	@Test
	void aPlainFileUrlGetsEveryRequiredSetting() {
		assertThat(H2Urls.withRequiredSettings("jdbc:h2:file:/some/path"))
			.isEqualTo("jdbc:h2:file:/some/path" + SETTINGS);
	}

	@Test
	void anInMemoryDatabaseAlsoOutlivesItsConnections() {
		assertThat(H2Urls.withRequiredSettings("jdbc:h2:mem:x"))
			.isEqualTo("jdbc:h2:mem:x" + SETTINGS + ";DB_CLOSE_DELAY=-1");
		assertThat(H2Urls.withRequiredSettings("jdbc:h2:mem:x;DB_CLOSE_DELAY=10")).contains(";DB_CLOSE_DELAY=10;")
			.doesNotContain("DB_CLOSE_DELAY=-1");
	}

	@Test
	void theUsersOwnSettingsAreKeptInTheirOrderAndSpelling() {
		assertThat(
				H2Urls.withRequiredSettings("jdbc:h2:file:./data/db;TRACE_LEVEL_FILE=0;mode=postgresql;IFEXISTS=TRUE"))
			.isEqualTo("jdbc:h2:file:./data/db;TRACE_LEVEL_FILE=0;mode=postgresql;IFEXISTS=TRUE"
					+ ";DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR;LOCK_TIMEOUT=60000");
	}

	@Test
	void theUsersLockTimeoutWins() {
		assertThat(H2Urls.withRequiredSettings("jdbc:h2:file:/db;LOCK_TIMEOUT=5000")).contains(";LOCK_TIMEOUT=5000")
			.doesNotContain("60000");
	}

	@Test
	void yearIsAddedToTheUsersOwnNonKeywords() {
		assertThat(H2Urls.withRequiredSettings("jdbc:h2:file:/db;NON_KEYWORDS=VALUE,KEY"))
			.startsWith("jdbc:h2:file:/db;NON_KEYWORDS=VALUE,KEY,YEAR;")
			.containsOnlyOnce("NON_KEYWORDS");
		assertThat(H2Urls.withRequiredSettings("jdbc:h2:file:/db;NON_KEYWORDS=VALUE, year"))
			.startsWith("jdbc:h2:file:/db;NON_KEYWORDS=VALUE, year;")
			.doesNotContain("YEAR");
	}

	@Test
	void aCompleteUrlIsLeftAsItIs() {
		String complete = H2Urls.withRequiredSettings("jdbc:h2:file:/db;DATABASE_TO_LOWER=1");
		assertThat(complete).isEqualTo("jdbc:h2:file:/db;DATABASE_TO_LOWER=1;MODE=PostgreSQL"
				+ ";DEFAULT_NULL_ORDERING=HIGH;NON_KEYWORDS=YEAR;LOCK_TIMEOUT=60000");
		assertThat(H2Urls.withRequiredSettings(complete)).isEqualTo(complete);
	}

	@Test
	void aUrlThatSetsARequiredSettingOtherwiseIsRefusedWithTheSettingNamed() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> H2Urls.withRequiredSettings("jdbc:h2:file:/db;MODE=MySQL;PASSWORD=secret"))
			.withMessage("The H2 URL sets MODE=MySQL, but Six Rates needs MODE=PostgreSQL: leave the setting out of "
					+ "the URL or give that value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> H2Urls.withRequiredSettings("jdbc:h2:mem:x;database_to_lower=false"))
			.withMessageContaining("DATABASE_TO_LOWER=TRUE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> H2Urls.withRequiredSettings("jdbc:h2:mem:x;DEFAULT_NULL_ORDERING=LOW"))
			.withMessageContaining("DEFAULT_NULL_ORDERING=HIGH");
	}

	@Test
	void anEscapedSemicolonStaysInsideItsSetting() {
		String url = "jdbc:h2:mem:escaped;INIT=CREATE SCHEMA IF NOT EXISTS extra\\;SET SCHEMA public";
		assertThat(H2Urls.withRequiredSettings(url)).startsWith(url + ";MODE=PostgreSQL;");
	}

	@Test
	void onlyH2UrlsAreH2Urls() {
		assertThat(H2Urls.isH2("jdbc:h2:file:/db")).isTrue();
		assertThat(H2Urls.isH2("JDBC:H2:mem:x")).isTrue();
		assertThat(H2Urls.isH2("jdbc:postgresql://localhost/sixrates")).isFalse();
		assertThat(H2Urls.isH2(null)).isFalse();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> H2Urls.withRequiredSettings("jdbc:postgresql://localhost/sixrates"));
	}

	@Test
	void h2TakesTheUrlWithYearForAColumnNameAndNamesInLowerCase() throws SQLException {
		String url = H2Urls.withRequiredSettings(
				"jdbc:h2:mem:h2-urls;NON_KEYWORDS=VALUE;INIT=CREATE SCHEMA IF NOT EXISTS extra\\;SET SCHEMA public");
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table Committee_Year (year integer, value integer)");
			statement.execute("insert into committee_year values (2025, null), (2024, 1)");
			assertThat(
					first(statement, "select table_name from information_schema.tables where table_schema = 'public'"))
				.isEqualTo("committee_year");
			assertThat(first(statement, "select count(*) from information_schema.schemata where schema_name = 'extra'"))
				.isEqualTo("1");
			// nulls last, as on PostgreSQL
			assertThat(first(statement, "select year from committee_year order by value")).isEqualTo("2024");
			assertThat(first(statement, "select lock_timeout()")).isEqualTo("60000");
		}
	}

	private static String first(Statement statement, String query) throws SQLException {
		try (ResultSet result = statement.executeQuery(query)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

}
