package org.sixrates.importing;

import static org.sixrates.db.Tables.COMMITTEE;
import static org.sixrates.db.Tables.COMMITTEE_YEAR;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jooq.DSLContext;
import org.sixrates.vocabulary.CommitteeField;

/**
 * The committees in the database, or in a committees file read with no database, and
 * their assessment years, which a records file is checked against. A city has tens of
 * committees, a nation some thousands, so they are read whole.
 */
final class CommitteeDirectory {

	private final Map<String, Set<Integer>> yearsByCode = new HashMap<>();

	private final Map<String, List<String>> codesByName = new HashMap<>();

	private final Map<String, String> nameByCode = new TreeMap<>();

	/**
	 * Each code as the directory holds it, so that every row naming a committee shares
	 * one string (its hash worked out once for all the maps it keys).
	 */
	private final Map<String, String> codes = new HashMap<>();

	private CommitteeDirectory() {
	}

	static CommitteeDirectory load(DSLContext dsl) {
		CommitteeDirectory directory = new CommitteeDirectory();
		dsl.select(COMMITTEE.CODE, COMMITTEE.NAME).from(COMMITTEE).orderBy(COMMITTEE.CODE).forEach(committee -> {
			directory.yearsByCode.put(committee.value1(), new TreeSet<>());
			directory.nameByCode.put(committee.value1(), committee.value2());
			directory.codesByName.computeIfAbsent(committee.value2(), name -> new ArrayList<>())
				.add(committee.value1());
		});
		dsl.select(COMMITTEE_YEAR.COMMITTEE, COMMITTEE_YEAR.YEAR)
			.from(COMMITTEE_YEAR)
			// a committee imported between the two queries has years but no name yet: it
			// is known by code
			.forEach(year -> directory.yearsByCode.computeIfAbsent(year.value1(), code -> new TreeSet<>())
				.add(year.value2()));
		directory.yearsByCode.keySet().forEach(code -> directory.codes.put(code, code));
		return directory;
	}

	/** The committees of a committees file's rows, as they would be once imported. */
	static CommitteeDirectory of(List<CommitteeRow> rows) {
		CommitteeDirectory directory = new CommitteeDirectory();
		rows.forEach(row -> {
			directory.yearsByCode.computeIfAbsent(row.code(), code -> new TreeSet<>()).add(row.year());
			directory.nameByCode.putIfAbsent(row.code(), row.values().get(CommitteeField.NAME, String.class));
		});
		// names by code in code order, as loading them from the database lists them
		directory.nameByCode
			.forEach((code, name) -> directory.codesByName.computeIfAbsent(name, same -> new ArrayList<>()).add(code));
		directory.yearsByCode.keySet().forEach(code -> directory.codes.put(code, code));
		return directory;
	}

	/**
	 * The code a records file means by {@code text}: a code as it is, else the committee
	 * whose name it is exactly (clerks write names); {@code null} when none or several
	 * match.
	 */
	String resolve(String text) {
		String code = codes.get(text);
		if (code != null) {
			return code;
		}
		List<String> codes = codesByName.getOrDefault(text, List.of());
		return codes.size() == 1 ? codes.get(0) : null;
	}

	/** The codes of the committees named {@code name}, to explain an ambiguous name. */
	List<String> codesNamed(String name) {
		return codesByName.getOrDefault(name, List.of());
	}

	/** Every committee's code. */
	Set<String> codes() {
		return Set.copyOf(yearsByCode.keySet());
	}

	/** Every committee's name by its code, in code order. */
	Map<String, String> names() {
		return Collections.unmodifiableMap(nameByCode);
	}

	/** The assessment years of a known committee, in order. */
	Set<Integer> years(String code) {
		return yearsByCode.get(code);
	}

}
