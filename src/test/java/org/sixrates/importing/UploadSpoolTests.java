package org.sixrates.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sixrates.web.UploadLimit;
import org.springframework.util.unit.DataSize;

/**
 * A server killed in the middle of an import leaves its spooled file behind; the next
 * server to start deletes such files once they are a day old, and nothing else in the
 * temporary directory.
 */
class UploadSpoolTests {

	@TempDir
	Path directory;

	@Test
	void startingDeletesSpooledFilesLeftADayAgoAndNothingElse() throws IOException {
		Instant now = Instant.now();
		Path left = spooled(now.minus(Duration.ofHours(25)));
		Path arriving = spooled(now.minus(Duration.ofHours(23)));
		Path other = Files.writeString(directory.resolve("sixrates-notes.part"), "not an upload");
		Files.setLastModifiedTime(other, FileTime.from(now.minus(Duration.ofDays(30))));

		new UploadSpool(UploadLimit.of(DataSize.ofMegabytes(1)), directory.toString());

		assertThat(left).doesNotExist();
		assertThat(arriving).exists();
		assertThat(other).exists();
	}

	private Path spooled(Instant written) throws IOException {
		Path file = Files.createTempFile(directory, "sixrates-upload-", ".part");
		Files.setLastModifiedTime(file, FileTime.from(written));
		return file;
	}

}
