package org.sixrates.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jooq.DSLContext;
import org.sixrates.db.Tables;
import org.sixrates.awards.Publications;
import org.sixrates.importing.Importer;
import org.sixrates.system.SixRatesProperties;
import org.sixrates.years.YearState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database with the demo city at start, through the same importer a clerk
 * uses, unless {@code sixrates.demo-data=false}.
 */
@Component
class DemoCityLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoCityLoader.class);

	private final DSLContext dsl;

	private final Importer importer;

	private final SixRatesProperties properties;

	private final Publications publications;

	DemoCityLoader(DSLContext dsl, Importer importer, SixRatesProperties properties, Publications publications) {
		this.dsl = dsl;
		this.importer = importer;
		this.properties = properties;
		this.publications = publications;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!properties.demoData() || dsl.fetchExists(Tables.COMMITTEE)) {
			return;
		}
		importer.importCommittees("demo/committees.csv", resource("demo/committees.csv"), "demo");
		var records = importer.importRecords("demo/records.csv", resource("demo/records.csv"), "demo");
		// every state of a year on show: the two earlier years published, the latest open
		SortedSet<Integer> years = new TreeSet<>(dsl.selectDistinct(Tables.COMMITTEE_YEAR.YEAR)
			.from(Tables.COMMITTEE_YEAR)
			.fetch(Tables.COMMITTEE_YEAR.YEAR));
		for (int year : years.headSet(years.last())) {
			publish(year);
		}
		logger.info("Empty database seeded with the demo city: {} records, {} published", records.added(),
				years.headSet(years.last()));
	}

	/**
	 * Closes, publicizes and publishes a year as the city office would have done early in
	 * the next one.
	 */
	private void publish(int year) {
		LocalDate from = LocalDate.of(year + 1, 1, 10);
		publications.moveAs(year, YearState.CLOSED, "演示：" + year + " 年度填报截止", null, null, "demo");
		publications.moveAs(year, YearState.PUBLICIZED, "演示：" + year + " 年度考评结果公示", from, from.plusDays(6), "demo");
		publications.moveAs(year, YearState.PUBLISHED, "演示：公示期满无异议，发布 " + year + " 年度表彰名单", null, null, "demo");
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = DemoCityLoader.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException(name + " is missing from the application");
			}
			return in.readAllBytes();
		}
	}

}
