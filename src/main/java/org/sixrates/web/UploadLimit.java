package org.sixrates.web;

import org.sixrates.vocabulary.Message;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest file an import takes ({@code spring.servlet.multipart.max-file-size}), and
 * what a user is told when a file is larger: on the import page, in the API's 413 and on
 * the error page alike.
 */
@Component
public class UploadLimit {

	private final DataSize limit;

	UploadLimit(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
		this.limit = limit;
	}

	public static UploadLimit of(DataSize limit) {
		return new UploadLimit(limit);
	}

	public long bytes() {
		return limit.toBytes();
	}

	/** {@code 20MB}, or the bytes where the limit is not a whole number of megabytes. */
	public String described() {
		long bytes = limit.toBytes();
		return (bytes % DataSize.ofMegabytes(1).toBytes() == 0) ? limit.toMegabytes() + "MB" : bytes + " bytes";
	}

	/** The file is larger than the limit; nothing was imported. */
	public Message tooLarge() {
		return Message.of("input.tooLarge", described());
	}

}
