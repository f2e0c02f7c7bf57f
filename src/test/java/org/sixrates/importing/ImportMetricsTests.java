package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Each stage of an import is timed in the application's registry (what
 * {@code /actuator/prometheus} shows): reading the file, writing its rows, and changing
 * the kept cube; so is the scoring that follows.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:import-metrics", "sixrates.demo-data=false" })
class ImportMetricsTests {

	@Autowired
	Importer importer;

	@Autowired
	MeterRegistry meters;

	@Test
	void everyStageOfAnImportIsTimed() {
		long before = count("read", "RECORDS");
		importer.importCommittees("committees.csv", utf8("code,name,type,year,members\nM1,M1,COUNTY,1997,10\n"),
				"test");
		importer.importRecords("records.csv", utf8("id,committee,year,kind\nP1,M1,1997,PROPOSAL\n"), "test");

		assertThat(count("read", "RECORDS")).isEqualTo(before + 1);
		assertThat(count("write", "RECORDS")).isPositive();
		assertThat(count("read", "COMMITTEES")).isPositive();
		assertThat(meters.get("sixrates.cube.apply").timer().count()).isPositive();
		assertThat(meters.get("sixrates.scoring").timer().count()).isPositive();
	}

	private long count(String stage, String content) {
		var timer = meters.find("sixrates.import").tag("stage", stage).tag("content", content).timer();
		return (timer == null) ? 0 : timer.count();
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
