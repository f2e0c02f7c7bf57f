package org.sixrates.demo;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of a city's {@code committees.csv} and {@code records.csv} as DESIGN §2 has
 * them: RFC 4180, lines ending in CRLF, English values, an empty cell for a default. The
 * demo city and a generated one are written by the same lines.
 */
final class CityCsv {

	static final String COMMITTEES_HEADER = "code,name,type,year,members";

	static final String RECORDS_HEADER = "id,committee,year,kind,subtype,title,date,level,status,converted,satisfaction,quantity,score";

	private CityCsv() {
	}

	/** A printer onto {@code out} that has written the header line. */
	static CSVPrinter start(Appendable out, String header) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
		printer.printRecord(Arrays.asList(header.split(",")));
		return printer;
	}

	static List<Object> cells(DemoCommittee committee) {
		return Arrays.asList(committee.code(), committee.name(), committee.type().name(), committee.year(),
				committee.members());
	}

	static List<Object> cells(DemoRecord record) {
		return Arrays.asList(record.id(), record.committee(), record.year(), record.kind().name(), record.subtype(),
				record.title(), record.date(), name(record.level()), name(record.status()), record.converted(),
				name(record.satisfaction()), record.quantity(), record.scoreText());
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

}
