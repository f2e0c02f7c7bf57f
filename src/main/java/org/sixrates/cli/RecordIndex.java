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
 * objects: its id's characters in a byte arena (one byte a character when all are
 * Latin-1, else two), found through an open-addressing table that holds each row's number
 * beside its hash, about 45 bytes a record in all, and nothing for the collector to copy
 * record by record. The rows and the arena are kept in pages of a fixed size, so that
 * growing adds a page and never copies the ones there: the index at its largest is the
 * index, not the index twice over.
 */
final class RecordIndex implements RecordIds {

	/** In an id's first byte in the arena, beside its length: one byte a character. */
	private static final int LATIN1 = 0x80;

	/** A page holds the arrays' values for 2¹⁴ rows. */
	private static final int PAGE_BITS = 14;

	private static final int PAGE = 1 << PAGE_BITS;

	/**
	 * An arena page holds 2¹⁸ bytes, under half a region of the collector (a larger array
	 * would take regions of its own); an id never spans two.
	 */
	private static final int ARENA_BITS = 18;

	private static final int ARENA_PAGE = 1 << ARENA_BITS;

	private final Map<String, Integer> committees = new HashMap<>();

	private int file;

	/** How many records; row {@code r} of the arrays is the record noted r-th. */
	private int size;

	private int[][] committeeOf = new int[0][];

	/**
	 * Where the id is in the arena, counted over its pages: a byte of its length and
	 * whether it is Latin-1, then its characters.
	 */
	private int[][] idAt = new int[0][];

	private byte[][] arena = new byte[0][];

	/** Bytes used of the arena's last page. */
	private int arenaUsed = ARENA_PAGE;

	private int[][] fileOf = new int[0][];

	private int[][] lineOf = new int[0][];

	/** The cell of the version counted, {@code null} before one is. */
	private CellKey[][] cellOf = new CellKey[0][];

	private int[][] quantityOf = new int[0][];

	/**
	 * The score of the version counted, NaN for none (a score is a number of 0 to 100).
	 */
	private double[][] scoreOf = new double[0][];

	/**
	 * By hash, the hash (high 32 bits) and the row number + 1 (low 32 bits); 0 for an
	 * empty slot; at most three quarters full.
	 */
	private long[] table = new long[1024];

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
		int page = r >>> PAGE_BITS;
		int at = r & (PAGE - 1);
		if (fileOf[page][at] == file) {
			return lineOf[page][at];
		}
		fileOf[page][at] = file;
		lineOf[page][at] = line;
		return null;
	}

	/**
	 * Counts {@code row} into {@code cells} in place of the version of the record an
	 * earlier file gave, if any; {@link #noted} was told of its line.
	 */
	void count(RecordRow row, CellCounts cells) {
		int r = row(row.committee(), row.id());
		int page = r >>> PAGE_BITS;
		int at = r & (PAGE - 1);
		if (cellOf[page][at] != null) {
			double score = scoreOf[page][at];
			cells.count(cellOf[page][at], -1, quantityOf[page][at], Double.isNaN(score) ? null : score);
		}
		Values<RecordField> values = row.values();
		Integer quantity = values.get(RecordField.QUANTITY, Integer.class);
		Double score = values.get(RecordField.SCORE, Double.class);
		quantityOf[page][at] = (quantity == null) ? 0 : quantity;
		scoreOf[page][at] = (score == null) ? Double.NaN : score;
		// the key the cells hold: one per cell, however many records it has
		cellOf[page][at] = cells.count(CellKey.of(values), 1, quantityOf[page][at], score);
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
			long entry = table[slot];
			if (entry == 0) {
				return -1;
			}
			int r = (int) entry - 1;
			if ((int) (entry >>> 32) == hash && committeeOf[r >>> PAGE_BITS][r & (PAGE - 1)] == committee
					&& sameId(r, id)) {
				return r;
			}
		}
	}

	private int add(int committee, String id, int hash, int line) {
		int r = size++;
		int page = r >>> PAGE_BITS;
		int at = r & (PAGE - 1);
		if (at == 0) {
			addPage();
		}
		committeeOf[page][at] = committee;
		idAt[page][at] = store(id);
		fileOf[page][at] = file;
		lineOf[page][at] = line;
		scoreOf[page][at] = Double.NaN;
		if (4L * size > 3L * table.length) {
			rehash();
		}
		place(table, hash, r);
		return r;
	}

	private void addPage() {
		int pages = committeeOf.length + 1;
		committeeOf = Arrays.copyOf(committeeOf, pages);
		idAt = Arrays.copyOf(idAt, pages);
		fileOf = Arrays.copyOf(fileOf, pages);
		lineOf = Arrays.copyOf(lineOf, pages);
		cellOf = Arrays.copyOf(cellOf, pages);
		quantityOf = Arrays.copyOf(quantityOf, pages);
		scoreOf = Arrays.copyOf(scoreOf, pages);
		committeeOf[pages - 1] = new int[PAGE];
		idAt[pages - 1] = new int[PAGE];
		fileOf[pages - 1] = new int[PAGE];
		lineOf[pages - 1] = new int[PAGE];
		cellOf[pages - 1] = new CellKey[PAGE];
		quantityOf[pages - 1] = new int[PAGE];
		scoreOf[pages - 1] = new double[PAGE];
	}

	private static void place(long[] table, int hash, int r) {
		int mask = table.length - 1;
		int slot = hash & mask;
		while (table[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		table[slot] = ((long) hash << 32) | (r + 1L);
	}

	/** A table twice the size, each row placed by the hash the old one holds. */
	private void rehash() {
		long[] larger = new long[2 * table.length];
		for (long entry : table) {
			if (entry != 0) {
				place(larger, (int) (entry >>> 32), (int) entry - 1);
			}
		}
		table = larger;
	}

	/**
	 * Puts the id in the arena; returns where, as {@link #idAt} holds it.
	 */
	private int store(String id) {
		int length = id.length();
		if (length >= LATIN1) {
			// a record's id has at most 100 characters (ValueType.Code.RECORD)
			throw new IllegalArgumentException("an id of " + length + " characters");
		}
		boolean latin1 = true;
		for (int i = 0; i < length && latin1; i++) {
			latin1 = id.charAt(i) <= 0xFF;
		}
		int bytes = 1 + (latin1 ? length : 2 * length);
		if (arenaUsed + bytes > ARENA_PAGE) {
			if ((long) arena.length << ARENA_BITS > Integer.MAX_VALUE - ARENA_PAGE) {
				throw new IllegalStateException("more record ids than the index holds");
			}
			arena = Arrays.copyOf(arena, arena.length + 1);
			arena[arena.length - 1] = new byte[ARENA_PAGE];
			arenaUsed = 0;
		}
		byte[] page = arena[arena.length - 1];
		int at = ((arena.length - 1) << ARENA_BITS) + arenaUsed;
		page[arenaUsed++] = (byte) ((latin1 ? LATIN1 : 0) | length);
		for (int i = 0; i < length; i++) {
			char c = id.charAt(i);
			if (latin1) {
				page[arenaUsed++] = (byte) c;
			}
			else {
				page[arenaUsed++] = (byte) (c >>> 8);
				page[arenaUsed++] = (byte) c;
			}
		}
		return at;
	}

	private boolean sameId(int r, String id) {
		int at = idAt[r >>> PAGE_BITS][r & (PAGE - 1)];
		byte[] page = arena[at >>> ARENA_BITS];
		int from = at & (ARENA_PAGE - 1);
		int head = page[from++] & 0xFF;
		int length = head & (LATIN1 - 1);
		if (length != id.length()) {
			return false;
		}
		if ((head & LATIN1) != 0) {
			for (int i = 0; i < length; i++) {
				if ((page[from + i] & 0xFF) != id.charAt(i)) {
					return false;
				}
			}
			return true;
		}
		for (int i = 0; i < length; i++) {
			char c = (char) (((page[from + 2 * i] & 0xFF) << 8) | (page[from + 2 * i + 1] & 0xFF));
			if (c != id.charAt(i)) {
				return false;
			}
		}
		return true;
	}

}
