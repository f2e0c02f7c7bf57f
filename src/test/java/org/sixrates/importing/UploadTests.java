package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spooling an upload: its bytes, size and SHA-256 from one pass over a stream, a limit
 * that keeps nothing of a larger one, and a file that goes when the upload is closed. The
 * SHA-256 values are those of {@code printf foo | sha256sum} and of an empty input.
 */
class UploadTests {

	static final String SHA_OF_FOO = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

	static final String SHA_OF_NOTHING = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	@TempDir
	Path directory;

	@Test
	void aSpooledStreamKeepsItsBytesSizeAndSha256AndReadsAgainFromTheStart() throws IOException {
		try (Upload upload = Upload.spool("foo.csv", stream("foo"), directory, 1024)) {
			assertThat(upload.name()).isEqualTo("foo.csv");
			assertThat(upload.size()).isEqualTo(3);
			assertThat(upload.sha256()).isEqualTo(SHA_OF_FOO);
			assertThat(read(upload)).isEqualTo("foo");
			assertThat(read(upload)).isEqualTo("foo");
			assertThat(upload.file()).hasValueSatisfying(file -> assertThat(file.getParent()).isEqualTo(directory));
		}
	}

	@Test
	void bytesInMemoryAreTheSameUploadWithoutAFile() throws IOException {
		Upload upload = Upload.of("foo.csv", "foo".getBytes(StandardCharsets.UTF_8));

		assertThat(upload.size()).isEqualTo(3);
		assertThat(upload.sha256()).isEqualTo(SHA_OF_FOO);
		assertThat(read(upload)).isEqualTo("foo");
		assertThat(upload.file()).isEmpty();
		upload.close();
		assertThat(read(upload)).isEqualTo("foo");
	}

	@Test
	void closingAnUploadDeletesItsFileOnce() throws IOException {
		Upload upload = Upload.spool(null, stream("foo"), directory, 1024);
		assertThat(files()).hasSize(1);

		upload.close();
		upload.close();

		assertThat(files()).isEmpty();
	}

	@Test
	void anEmptyBodyIsAnEmptyUpload() throws IOException {
		try (Upload upload = Upload.spool(null, stream(""), directory, 1024)) {
			assertThat(upload.size()).isZero();
			assertThat(upload.sha256()).isEqualTo(SHA_OF_NOTHING);
			assertThat(upload.head()).isEmpty();
		}
	}

	@Test
	void aStreamOneByteOverTheLimitIsRefusedAndNothingOfItKept() throws IOException {
		assertThatThrownBy(() -> Upload.spool(null, stream("x".repeat(1025)), directory, 1024))
			.isInstanceOf(Upload.TooLarge.class);
		assertThat(files()).isEmpty();

		try (Upload atTheLimit = Upload.spool(null, stream("x".repeat(1024)), directory, 1024)) {
			assertThat(atTheLimit.size()).isEqualTo(1024);
		}
	}

	@Test
	void aStreamThatFailsHalfwayLeavesNoFile() throws IOException {
		InputStream failing = new FilterInputStream(stream("x".repeat(100_000))) {
			private int reads;

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (++this.reads == 2) {
					throw new IOException("connection reset");
				}
				return super.read(buffer, offset, length);
			}
		};

		assertThatThrownBy(() -> Upload.spool(null, failing, directory, 1_000_000)).hasMessage("connection reset");
		assertThat(files()).isEmpty();
	}

	@Test
	void theStartOfAFileIsKeptWhenItArrivesAByteAtATime() throws IOException {
		// a ZIP's signature, then more: a workbook by its content, whatever the pieces
		byte[] zip = { 'P', 'K', 3, 4, 20, 0, 8, 0, 8, 0, 1, 2 };
		InputStream trickle = new FilterInputStream(new ByteArrayInputStream(zip)) {
			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				return super.read(buffer, offset, Math.min(length, 1));
			}
		};

		try (Upload upload = Upload.spool(null, trickle, directory, 1024)) {
			assertThat(upload.head()).containsExactly('P', 'K', 3, 4, 20, 0, 8, 0);
			assertThat(ImportContent.RECORDS.fileName(upload)).isEqualTo("records.xlsx");
			assertThat(upload.size()).isEqualTo(12);
		}
	}

	@Test
	void theSpooledFileIsTheOwnersAlone() throws IOException {
		try (Upload upload = Upload.spool(null, stream("foo"), directory, 1024)) {
			assertThat(Files.getPosixFilePermissions(upload.file().orElseThrow()))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		}
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.toList();
		}
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String read(Upload upload) throws IOException {
		try (InputStream in = upload.open()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
