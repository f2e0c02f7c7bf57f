package org.sixrates.review;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as a download, the same from the API and the pages: always an
 * attachment under its own name (RFC 5987 {@code filename*} for a Chinese one), with the
 * media type its bytes were sniffed as, which the browser may not second-guess
 * ({@code nosniff}), and kept in no cache.
 */
final class Download {

	private Download() {
	}

	static ResponseEntity<byte[]> of(EvidenceStore.Content content) {
		EvidenceFile file = content.file();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(content.bytes().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(content.bytes());
	}

}
