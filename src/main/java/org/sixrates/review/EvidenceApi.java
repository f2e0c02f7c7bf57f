package org.sixrates.review;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A record's evidence files (DESIGN §8), for the city office and the record's own clerk:
 * upload one (multipart, field {@code file}: 201 with the file stored, or 200 with the
 * file already there when the record has the same bytes), list them, download one by its
 * SHA-256, delete one (204). A file refused is a 400 problem detail saying why, and
 * nothing is stored.
 */
@RestController
class EvidenceApi {

	private static final String FILES = "/api/records/{committee}/{id}/evidence";

	private static final String FILE = FILES + "/{sha256}";

	private final RecordEvidence evidence;

	EvidenceApi(RecordEvidence evidence) {
		this.evidence = evidence;
	}

	@PostMapping(path = FILES, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EvidenceFile> add(@PathVariable String committee, @PathVariable String id,
			@RequestParam MultipartFile file) {
		EvidenceStore.Added added = evidence.add(committee, id, file);
		if (!added.stored()) {
			return ResponseEntity.ok(added.file());
		}
		return ResponseEntity
			.created(UriComponentsBuilder.fromPath(FILE)
				.buildAndExpand(committee, id, added.file().sha256())
				.encode()
				.toUri())
			.body(added.file());
	}

	@GetMapping(FILES)
	List<EvidenceFile> list(@PathVariable String committee, @PathVariable String id) {
		return evidence.list(committee, id);
	}

	@GetMapping(FILE)
	ResponseEntity<byte[]> download(@PathVariable String committee, @PathVariable String id,
			@PathVariable String sha256) {
		return Download.of(evidence.read(committee, id, sha256));
	}

	@DeleteMapping(FILE)
	ResponseEntity<Void> delete(@PathVariable String committee, @PathVariable String id, @PathVariable String sha256) {
		evidence.delete(committee, id, sha256);
		return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
	}

}
