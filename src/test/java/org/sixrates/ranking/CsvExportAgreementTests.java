package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sixrates.cli.ScoreCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The CSV the city office downloads is the command line's CSV, byte for byte after the
 * BOM on standard output and byte for byte in its {@code --out} file, for the same files
 * and rules: the demo city imported over HTTP, and scored by {@code score}.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:export-agreement", "sixrates.demo-data=false" })
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class CsvExportAgreementTests {

	private static final Path COMMITTEES = Path.of("src/main/resources/demo/committees.csv");

	private static final Path RECORDS = Path.of("src/main/resources/demo/records.csv");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Autowired
	private MockMvc mvc;

	@TempDir
	Path folder;

	@BeforeEach
	void importTheDemoCityOverHttp() throws Exception {
		// importing the same files again only updates the rows, so every test sees the
		// same data
		mvc.perform(post("/api/committees").contentType("text/csv").content(Files.readAllBytes(COMMITTEES)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/records").contentType("text/csv").content(Files.readAllBytes(RECORDS)))
			.andExpect(status().isOk());
	}

	@ParameterizedTest
	@CsvSource({ "2023,en", "2024,en", "2025,en", "2025,zh" })
	void theHttpExportIsTheCommandLinesCsvBehindABom(int year, String lang) throws Exception {
		byte[] http = mvc.perform(get("/api/rankings/{year}.csv", year).param("lang", lang))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		String cli = cli("--committees", COMMITTEES.toString(), "--records", RECORDS.toString(), "--year",
				Integer.toString(year), "--lang", lang);
		byte[] expected = concat(BOM, cli.getBytes(StandardCharsets.UTF_8));
		assertThat(new String(http, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
		assertThat(http).isEqualTo(expected);
		assertThat(cli.lines().count()).isEqualTo(11);

		// the command's --out file is the download, byte for byte
		Path file = folder.resolve("ranking-" + year + "-" + lang + ".csv");
		cli("--committees", COMMITTEES.toString(), "--records", RECORDS.toString(), "--year", Integer.toString(year),
				"--lang", lang, "--out", file.toString());
		assertThat(Files.readAllBytes(file)).isEqualTo(http);
	}

	private static String cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = ScoreCommand.run(new ArrayList<>(List.of(args)), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
		return out.toString(StandardCharsets.UTF_8);
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
