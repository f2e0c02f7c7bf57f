package org.sixrates.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

import org.sixrates.input.BadInputException;
import org.sixrates.input.InputError;
import org.sixrates.system.Futures;
import org.sixrates.vocabulary.CommitteeField;
import org.sixrates.vocabulary.Values;

/**
 * The committees and records files of the command line, read from disk with no database
 * through the very checks an import makes ({@link CommitteeFile}, {@link RecordFile},
 * {@link FileTable}, {@link CsvText}), so that both read a file alike and report the same
 * errors. A CSV file is parsed as it is read, after a first pass has found its encoding,
 * and never held whole; a workbook is told by its content as on upload, and read whole
 * (its rows are streamed from its XML, {@link WorksheetRows}).
 */
public final class FileRows {

	private FileRows() {
	}

	/**
	 * Every row of a committees file, or a {@link BadInputException} listing every error
	 * in it, as an import into an empty database checks it.
	 */
	public static Committees committees(String file) {
		return new Committees(CommitteeFile.read(source(file, ImportContent.COMMITTEES), Set.of()));
	}

	/**
	 * Hands every row of a records file to {@code action} as it is read, each checked
	 * against {@code committees}, then throws a {@link BadInputException} listing every
	 * error in the file, if any.
	 * @param ids where this file had each id before ({@link RecordIds})
	 */
	public static void records(String file, Committees committees, RecordIds ids, Consumer<RecordRow> action) {
		records(opened(file), committees, ids, action);
	}

	/**
	 * Like {@link #records(String, Committees, RecordIds, Consumer)}, for a file opened
	 * before.
	 */
	public static void records(Opened file, Committees committees, RecordIds ids, Consumer<RecordRow> action) {
		RecordFile.read(file.source(), committees.directory, null, ids, action);
	}

	/**
	 * A records file told apart by content and, for a CSV file, its encoding found, on a
	 * thread of its own: a pass over the whole file, which may go on while the committees
	 * file is read. Its errors are thrown when its rows are read.
	 */
	public static Opened opening(String file) {
		FutureTask<RowSource> opening = new FutureTask<>(() -> source(file, ImportContent.RECORDS));
		Thread opener = new Thread(opening, "six-rates-open");
		opener.setDaemon(true);
		opener.start();
		return new Opened(opening);
	}

	private static Opened opened(String file) {
		FutureTask<RowSource> opened = new FutureTask<>(() -> source(file, ImportContent.RECORDS));
		opened.run();
		return new Opened(opened);
	}

	/** A records file opened, or what opening it threw. */
	public static final class Opened {

		private final FutureTask<RowSource> source;

		private Opened(FutureTask<RowSource> source) {
			this.source = source;
		}

		RowSource source() {
			return Futures.get(source, "a file was opened");
		}

	}

	/**
	 * The rows of the file {@code given} names, told apart by content as an upload is.
	 */
	static RowSource source(String given, ImportContent content) {
		Path path = Path.of(given);
		try {
			byte[] head;
			try (InputStream in = Files.newInputStream(path)) {
				head = in.readNBytes(8);
			}
			String file = content.fileName(given, head);
			if (!Workbooks.extension(head).equals("csv")) {
				return Workbooks.rows(file, Files.readAllBytes(path));
			}
			return new RowSource.CsvPath(file, path,
					CsvText.encoding(file, () -> Files.newInputStream(path), CsvText.CHUNK));
		}
		catch (NoSuchFileException ex) {
			throw new BadInputException(InputError.of(given, 0, 0, null, null, "input.file.missing"));
		}
		catch (IOException ex) {
			throw new BadInputException(
					InputError.of(given, 0, 0, null, null, "input.file.unreadable", ex.getMessage()));
		}
	}

	/** The rows of a committees file, and the committees a records file may name. */
	public static final class Committees {

		private final List<CommitteeRow> rows;

		private final CommitteeDirectory directory;

		private Committees(List<CommitteeRow> rows) {
			this.rows = List.copyOf(rows);
			this.directory = CommitteeDirectory.of(rows);
		}

		/** One committee and year each, in file order. */
		public List<Values<CommitteeField>> rows() {
			return rows.stream().map(CommitteeRow::values).toList();
		}

	}

}
