package org.sixrates.spreadsheet;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A workbook as a download: an attachment under its name, a Chinese name written as RFC
 * 5987 {@code filename*} (UTF-8) so that the office's browser saves it as 排名-2024.xlsx.
 */
public final class XlsxResponse {

	private static final MediaType XLSX = MediaType.parseMediaType(Xlsx.CONTENT_TYPE);

	private XlsxResponse() {
	}

	public static ResponseEntity<byte[]> of(byte[] workbook, String fileName) {
		ContentDisposition attachment = ContentDisposition.attachment()
			.filename(fileName, StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(XLSX)
			.contentLength(workbook.length)
			.headers(headers -> headers.setContentDisposition(attachment))
			.body(workbook);
	}

}
