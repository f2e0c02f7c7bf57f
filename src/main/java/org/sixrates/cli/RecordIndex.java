package org.sixrates.cli;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.sixrates.importing.RecordIds;
import org.sixrates.importing.RecordRow;
import org.sixrates.tallies.CellCounts;
import org.sixrates.tallies.CellKey;
import org.sixrates.vocabulary.RecordField;
import org.sixrates.vocabulary.Values;

/**
 * The id index: per committee and record id, the file and line that last had it and just
 * enough of the version counted to take it out again, its cell and its quantity and
 * score. So a later file's row for a record replaces the earlier one in the cube, as the
 * importer's upsert replaces every field of a stored record, while an id twice in one
 * file stays an error ({@link RecordIds}). This is what the command line keeps per
 * record; the cells are shared.
 * <p>
 * A nation has some 10⁷ records a year, so a record is a row of arrays rather than
 * objects: its id's characters in one byte arena (one byte a character when all are
 * Latin-1, else two), found through an open-addressing table of row numbers, about 60
 * bytes a record in all, and nothing for the collector to copy record by record.
 */
final class RecordIndex implements RecordIds {

	private static final int LATIN1 = 1 << 8;

	private final Map<String, Integer> committees = new HashMap<>();

	private int file;

	/** How many records; row {@code r} of the arrays is the record noted r-th. */
	private int size;

	private int[] hashes = new int[1024];

	private int[] committeeOf = new int[1024];

	/**
	 * Where the id's bytes are in {@link #arena} (above 9 bits), Latin-1 or not, length.
	 */
	private long[] idAt = new long[1024];

	private byte[] arena = new byte[16 * 1024];

	private int arenaSize;

	private int[] fileOf = new int[1024];

	private int[] lineOf = new int[1024];

	/** The cell of the version counted, {@code null} before one is. */
	private CellKey[] cellOf = new CellKey[1024];

	private int[] quantityOf = new int[1024];

	/**
	 * The score of the version counted, NaN for none (a score is a number of 0 to 100).
	 */
	private double[] scoreOf = new double[1024];

	/** Row numbers + 1 by hash, 0 for an empty slot; at most half full. */
	private int[] table = new int[2048];

	/** The row noted last, which is the row counted next if it is valid. */
	private String lastCommittee;

	private String lastId;

	private int last = -1;

	/** Starts the next file: its ids are checked against its own lines only. */
	void nextFile() {
		file++;
	}

	@Override
	public Integer noted(String committee, String id, int line) {
		int c = committees.computeIfAbsent(committee, code -> committees.size());
		int hash = hash(c, id);
		int r = find(c, id, hash);
		lastCommittee = committee;
		lastId = id;
		if (r < 0) {
			last = add(c, id, hash, line);
			return null;
		}
		last = r;
		if (fileOf[r] == file) {
			return lineOf[r];
		}
		fileOf[r] = file;
		lineOf[r] = line;
		return null;
	}

	/**
	 * Counts {@code row} into {@code cells} in place of the version of the record an
	 * earlier file gave, if any; {@link #noted} was told of its line.
	 */
	void count(RecordRow row, CellCounts cells) {
		int r = row(row.committee(), row.id());
		if (cellOf[r] != null) {
			double score = scoreOf[r];
			cells.count(cellOf[r], -1, quantityOf[r], Double.isNaN(score) ? null : score);
		}
		Values<RecordField> values = row.values();
		Integer quantity = values.get(RecordField.QUANTITY, Integer.class);
		Double score = values.get(RecordField.SCORE, Double.class);
		quantityOf[r] = (quantity == null) ? 0 : quantity;
		scoreOf[r] = (score == null) ? Double.NaN : score;
		// the key the cells hold: one per cell, however many records it has
		cellOf[r] = cells.count(CellKey.of(values), 1, quantityOf[r], score);
	}

	/** How many records are counted. */
	int size() {
		return size;
	}

	private int row(String committee, String id) {
		if (last >= 0 && committee.equals(lastCommittee) && id.equals(lastId)) {
			return last;
		}
		int c = committees.get(committee);
		return find(c, id, hash(c, id));
	}

	private static int hash(int committee, String id) {
		int h = committee * 0x9E3779B1 + id.hashCode();
		return h ^ (h >>> 16);
	}

	/** The row of the record, or -1. */
	private int find(int committee, String id, int hash) {
		int mask = table.length - 1;
		for (int slot = hash & mask;; slot = (slot + 1) & mask) {
			int r = table[slot] - 1;
			if (r < 0) {
				return -1;
			}
			if (hashes[r] == hash && committeeOf[r] == committee && sameId(r, id)) {
				return r;
			}
		}
	}

	private int add(int committee, String id, int hash, int line) {
		if (size == hashes.length) {
			grow();
		}
		int r = size++;
		hashes[r] = hash;
		committeeOf[r] = committee;
		idAt[r] = store(id);
		fileOf[r] = file;
		lineOf[r] = line;
		scoreOf[r] = Double.NaN;
		if (2 * size > table.length) {
			rehash();
		}
		else {
			place(r);
		}
		return r;
	}

	private void place(int r) {
		int mask = table.length - 1;
		int slot = hashes[r] & mask;
		while (table[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		table[slot] = r + 1;
	}

	private void rehash() {
		table = new int[2 * table.length];
		for (int r = 0; r < size; r++) {
			place(r);
		}
	}

	private void grow() {
		int capacity = 2 * hashes.length;
		hashes = Arrays.copyOf(hashes, capacity);
		committeeOf = Arrays.copyOf(committeeOf, capacity);
		idAt = Arrays.copyOf(idAt, capacity);
		fileOf = Arrays.copyOf(fileOf, capacity);
		lineOf = Arrays.copyOf(lineOf, capacity);
		cellOf = Arrays.copyOf(cellOf, capacity);
		quantityOf = Arrays.copyOf(quantityOf, capacity);
		scoreOf = Arrays.copyOf(scoreOf, capacity);
	}

	/**
	 * Puts the id's characters in the arena; returns where, as {@link #idAt} holds it.
	 */
	private long store(String id) {
		int length = id.length();
		if (length > 0xFF) {
			// a record's id has at most 100 characters (ValueType.Code.RECORD)
			throw new IllegalArgumentException("an id of " + length + " characters");
		}
		boolean latin1 = true;
		for (int i = 0; i < length && latin1; i++) {
			latin1 = id.charAt(i) <= 0xFF;
		}
		int bytes = latin1 ? length : 2 * length;
		if (arenaSize + bytes > arena.length) {
			long wanted = Math.max(2L * arena.length, (long) arenaSize + bytes);
			arena = Arrays.copyOf(arena, (int) Math.min(wanted, Integer.MAX_VALUE - 8));
		}
		long at = ((long) arenaSize << 9) | (latin1 ? LATIN1 : 0) | length;
		for (int i = 0; i < length; i++) {
			char c = id.charAt(i);
			if (latin1) {
				arena[arenaSize++] = (byte) c;
			}
			else {
				arena[arenaSize++] = (byte) (c >>> 8);
				arena[arenaSize++] = (byte) c;
			}
		}
		return at;
	}

	private boolean sameId(int r, String id) {
		long at = idAt[r];
		int length = (int) (at & 0xFF);
		if (length != id.length()) {
			return false;
		}
		int from = (int) (at >>> 9);
		if ((at & LATIN1) != 0) {
			for (int i = 0; i < length; i++) {
				if ((arena[from + i] & 0xFF) != id.charAt(i)) {
					return false;
				}
			}
			return true;
		}
		for (int i = 0; i < length; i++) {
			char c = (char) (((arena[from + 2 * i] & 0xFF) << 8) | (arena[from + 2 * i + 1] & 0xFF));
			if (c != id.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
