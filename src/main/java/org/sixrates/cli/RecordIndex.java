package org.sixrates.cli;

import java.util.HashMap;
import java.util.Map;

import org.sixrates.importing.RecordIds;
import org.sixrates.importing.RecordRow;
import org.sixrates.tallies.CellCounts;
import org.sixrates.tallies.CellKey;
import org.sixrates.tallies.CellSums;
import org.sixrates.vocabulary.RecordField;

/**
 * The id index: per committee and record id, the file and line that last had it and just
 * enough of the version counted to take it out again, its cell and its quantity and
 * score. So a later file's row for a record replaces the earlier one in the cube, as the
 * importer's upsert replaces every field of a stored record, while an id twice in one
 * file stays an error ({@link RecordIds}). This is what the command line keeps per
 * record; the cells are shared.
 */
final class RecordIndex implements RecordIds {

	private final Map<String, Map<String, Entry>> byCommittee = new HashMap<>();

	private final Map<CellKey, CellKey> keys = new HashMap<>();

	private int file;

	/** Starts the next file: its ids are checked against its own lines only. */
	void nextFile() {
		file++;
	}

	@Override
	public Integer noted(String committee, String id, int line) {
		Map<String, Entry> ids = byCommittee.computeIfAbsent(committee, code -> new HashMap<>());
		Entry entry = ids.get(id);
		if (entry == null) {
			ids.put(id, new Entry(file, line));
			return null;
		}
		if (entry.file == file) {
			return entry.line;
		}
		entry.file = file;
		entry.line = line;
		return null;
	}

	/**
	 * Counts {@code row} into {@code cells} in place of the version of the record an
	 * earlier file gave, if any; {@link #noted} was told of its line.
	 */
	void count(RecordRow row, CellCounts cells) {
		Entry entry = byCommittee.get(row.committee()).get(row.id());
		if (entry.key != null) {
			cells.add(entry.key, CellSums.of(entry.quantity, entry.score).negated());
		}
		cells.add(row.values());
		CellKey key = CellKey.of(row.values());
		entry.key = keys.computeIfAbsent(key, same -> key);
		Integer quantity = row.values().get(RecordField.QUANTITY, Integer.class);
		entry.quantity = (quantity == null) ? 0 : quantity;
		entry.score = row.values().get(RecordField.SCORE, Double.class);
	}

	/** How many records are counted. */
	int size() {
		return byCommittee.values().stream().mapToInt(Map::size).sum();
	}

	private static final class Entry {

		private int file;

		private int line;

		/** The cell of the version counted, {@code null} before one is. */
		private CellKey key;

		private int quantity;

		private Double score;

		Entry(int file, int line) {
			this.file = file;
			this.line = line;
		}

	}

}
