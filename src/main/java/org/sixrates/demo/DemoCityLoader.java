package org.sixrates.demo;

import java.io.IOException;
import java.io.InputStream;

import org.jooq.DSLContext;
import org.sixrates.db.Tables;
import org.sixrates.importing.Importer;
import org.sixrates.system.SixRatesProperties;
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

	DemoCityLoader(DSLContext dsl, Importer importer, SixRatesProperties properties) {
		this.dsl = dsl;
		this.importer = importer;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!properties.demoData() || dsl.fetchExists(Tables.COMMITTEE)) {
			return;
		}
		importer.importCommittees("demo/committees.csv", resource("demo/committees.csv"), "demo");
		var records = importer.importRecords("demo/records.csv", resource("demo/records.csv"), "demo");
		logger.info("Empty database seeded with the demo city: {} records", records.added());
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
