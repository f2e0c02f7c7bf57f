package org.sixrates.cli;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.sixrates.importing.FileRows;
import org.sixrates.scoring.CommitteeYear;
import org.sixrates.scoring.Cube;
import org.sixrates.tallies.CellCounts;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Values;

/**
 * The cube of the command line's files, built with no database as they are read: each row
 * checked as an import checks it ({@link FileRows}) and counted into the cells by the
 * application's own {@link CellCounts}, a later file's row for a record in place of the
 * earlier one ({@link RecordIndex}). Every record counts, whatever its review (DESIGN §8:
 * the files are taken as approved). Memory holds the committees, the cells and, while the
 * files are read, the id index, never the records.
 */
final class FileCube {

	private static final Comparator<CommitteeYear> ORDER = Comparator.comparingInt(CommitteeYear::year)
		.thenComparing(CommitteeYear::code);

	private final List<CommitteeYear> committees;

	private final CellCounts cells = new CellCounts();

	/** How many records were counted, each once whatever the files that had it. */
	private int records;

	private FileCube(List<CommitteeYear> committees) {
		this.committees = committees;
	}

	/**
	 * The cube of a committees file and records files read in order, or the
	 * {@link org.sixrates.input.BadInputException} of the first file that is wrong.
	 */
	static FileCube read(String committeesFile, List<String> recordsFiles) {
		// the first records file's encoding is found while the committees are read; its
		// errors still come after theirs
		FileRows.Opened first = recordsFiles.isEmpty() ? null : FileRows.opening(recordsFiles.get(0));
		FileRows.Committees committees = FileRows.committees(committeesFile);
		FileCube cube = new FileCube(committees.rows().stream().map(FileCube::committee).sorted(ORDER).toList());
		// the index is wanted while the files are read, and is gone before the scoring:
		// at 10⁷ records it is most of the memory
		RecordIndex index = new RecordIndex();
		for (int i = 0; i < recordsFiles.size(); i++) {
			index.nextFile();
			if (i == 0) {
				FileRows.records(first, committees, index, row -> index.count(row, cube.cells));
			}
			else {
				FileRows.records(recordsFiles.get(i), committees, index, row -> index.count(row, cube.cells));
			}
		}
		cube.records = index.size();
		return cube;
	}

	/** Every assessment year of the committees file, ascending. */
	SortedSet<Integer> years() {
		TreeSet<Integer> years = new TreeSet<>();
		committees.forEach(committee -> years.add(committee.year()));
		return years;
	}

	/**
	 * The cube of every year up to and including {@code lastYear}: earlier years decide
	 * consecutive awards.
	 */
	Cube upTo(int lastYear) {
		List<CommitteeYear> assessed = committees.stream().filter(committee -> committee.year() <= lastYear).toList();
		Cube all = cells.cube(assessed, false);
		return new Cube(assessed, all.cells().stream().filter(cell -> cell.year() <= lastYear).toList());
	}

	/** How many records are counted, each once whatever the files that had it. */
	int records() {
		return records;
	}

	private static CommitteeYear committee(Values<CommitteeField> row) {
		return new CommitteeYear(row.get(CommitteeField.CODE, String.class), row.get(CommitteeField.NAME, String.class),
				row.get(CommitteeField.YEAR, Integer.class), row.get(CommitteeField.MEMBERS, Integer.class));
	}

}
