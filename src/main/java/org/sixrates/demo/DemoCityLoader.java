package org.sixrates.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jooq.DSLContext;
import org.sixrates.db.Tables;
import org.sixrates.awards.Publications;
import org.sixrates.importing.Importer;
import org.sixrates.review.RecordEvidence;
import org.sixrates.review.ReviewKey;
import org.sixrates.review.Reviews;
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

	/** The demo city's clerk, an account of the demo (see the README). */
	private static final String DEMO_CLERK = "clerk-landong";

	private final Publications publications;

	private final Reviews reviews;

	private final RecordEvidence evidence;

	DemoCityLoader(DSLContext dsl, Importer importer, SixRatesProperties properties, Publications publications,
			Reviews reviews, RecordEvidence evidence) {
		this.evidence = evidence;
		this.dsl = dsl;
		this.importer = importer;
		this.properties = properties;
		this.publications = publications;
		this.reviews = reviews;
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
		submitForReview(years.last());
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

	/**
	 * LANDONG's clerk reports more of the open year: new records and a change to an
	 * approved one wait for review, one new record the city office has returned with its
	 * reason.
	 */
	private void submitForReview(int year) throws IOException {
		String csv = String.join("\n",
				"id,committee,year,kind,subtype,title,date,level,status,converted,satisfaction,quantity,score",
				"TA-%1$d-901,LANDONG,%1$d,PROPOSAL,,关于优化社区养老服务网点布局的提案,%1$d-11-12,,FILED,,,,",
				"DY-%1$d-902,LANDONG,%1$d,ADVISORY_PROPOSAL,,关于推进城乡供水一体化的建议,%1$d-11-18,CITY,,,,,",
				"HD-%1$d-903,LANDONG,%1$d,ACTIVITY,INSPECTION,视察农村人居环境整治,%1$d-11-20,,,,,30,",
				// a change to an approved record: the proposer is now satisfied
				"TA-%1$d-002,LANDONG,%1$d,PROPOSAL,,关于加快新能源汽车充电设施建设的提案,%1$d-01-09,COUNTY,COMPLETED,true,SATISFIED,,",
				"")
			.formatted(year);
		importer.importRecords("demo/landong-review.csv", csv.getBytes(StandardCharsets.UTF_8), DEMO_CLERK, "LANDONG");
		reviews.returnAs(List.of(new ReviewKey("LANDONG", "HD-" + year + "-903")), "参与人数与签到表不符，请核实后重新提交", "demo");
		// the city-level endorsement waits with its written instruction (批示件) on file
		evidence.addAs("LANDONG", "DY-" + year + "-902", "市领导批示件.pdf", resource("demo/endorsement.pdf"), DEMO_CLERK);
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
