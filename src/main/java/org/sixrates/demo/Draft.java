package org.sixrates.demo;

import java.time.LocalDate;

import org.sixrates.vocabulary.Kind;
import org.sixrates.vocabulary.Level;
import org.sixrates.vocabulary.Satisfaction;
import org.sixrates.vocabulary.Status;

/** A record being made: its fields are settled one concern at a time, its id last. */
final class Draft {

	final Kind kind;

	final String subtype;

	final LocalDate date;

	String title;

	Level level;

	Status status;

	Boolean converted;

	Satisfaction satisfaction;

	Integer quantity;

	Integer scoreTenths;

	Draft(Kind kind, String subtype, String title, LocalDate date) {
		this.kind = kind;
		this.subtype = subtype;
		this.title = title;
		this.date = date;
	}

	/** Whether the item got anywhere: answered, finished or taken up at some level. */
	boolean progressed() {
		return status == Status.COMPLETED || status == Status.REPLIED || (level != null && level != Level.NONE);
	}

	DemoRecord toRecord(String id, String committee, int year) {
		return new DemoRecord(id, committee, year, kind, subtype, title, date, level, status, converted, satisfaction,
				quantity, scoreTenths);
	}

}
