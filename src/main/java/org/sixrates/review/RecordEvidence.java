package org.sixrates.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import org.jooq.DSLContext;
import org.sixrates.security.Access;
import org.sixrates.security.Denied;
import org.sixrates.security.Role;
import org.sixrates.system.SixRatesProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.sixrates.web.Refused;

/**
 * The evidence of records as the signed-in user may handle it: the city office and the
 * record's own clerk upload, list, download and delete a record's files; a viewer and
 * another committee's clerk are refused (403) before anything is looked up, and a record
 * that does not exist is a 404. The API, the pages and the record's edit page all ask
 * here.
 */
@Service
public class RecordEvidence {

	/**
	 * Where no settings are (a test slice): {@code sixrates.review.max-evidence-size}'s
	 * default.
	 */
	static final DataSize DEFAULT_LIMIT = DataSize.ofMegabytes(10);

	private final EvidenceStore store;

	RecordEvidence(DSLContext dsl, ObjectProvider<Clock> clock, ObjectProvider<SixRatesProperties> properties) {
		SixRatesProperties settings = properties.getIfAvailable();
		DataSize limit = (settings == null) ? DEFAULT_LIMIT : settings.review().maxEvidenceSize();
		this.store = new EvidenceStore(dsl, clock.getIfAvailable(Clock::systemUTC), new FileKinds(limit.toBytes()));
	}

	/**
	 * Whether the signed-in user may handle the evidence of {@code committee}'s records:
	 * the city office, or the committee's own clerk.
	 */
	public static boolean mayHandle(String committee) {
		return Access.hasRole(Role.ADMIN) || (Access.hasRole(Role.CLERK)
				&& Access.committeeScope().map(own -> own.equals(committee)).orElse(false));
	}

	/**
	 * A stored record's files for its edit page: empty where the user may not handle them
	 * (the page has checked the record).
	 */
	public List<EvidenceFile> shown(String committee, String recordId) {
		return mayHandle(committee) ? store.list(committee, recordId) : List.of();
	}

	/** The largest file a record takes, as a page writes it ({@code 10MB}). */
	public String limit() {
		return FileKinds.size(store.kinds().maxSize());
	}

	/**
	 * Adds a file as {@code user} without a signed-in user: for the application itself,
	 * which shows the demo city with a record's evidence; checked as any upload is.
	 */
	public EvidenceFile addAs(String committee, String recordId, String fileName, byte[] bytes, String user) {
		if (!store.recordExists(committee, recordId)) {
			throw Refused.notFound("problem.noRecord", committee, recordId);
		}
		return store.add(committee, recordId, fileName, bytes, user).file();
	}

	EvidenceStore.Added add(String committee, String recordId, MultipartFile file) {
		checkRecord(committee, recordId);
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return store.add(committee, recordId, file.getOriginalFilename(), bytes, Access.userName());
	}

	List<EvidenceFile> list(String committee, String recordId) {
		checkRecord(committee, recordId);
		return store.list(committee, recordId);
	}

	EvidenceStore.Content read(String committee, String recordId, String sha256) {
		checkRecord(committee, recordId);
		return store.read(committee, recordId, sha256).orElseThrow(() -> noFile(committee, recordId, sha256));
	}

	EvidenceFile delete(String committee, String recordId, String sha256) {
		checkRecord(committee, recordId);
		return store.delete(committee, recordId, sha256, Access.userName())
			.orElseThrow(() -> noFile(committee, recordId, sha256));
	}

	/** 403 for a user who may not, then 404 for a record that is not there. */
	private void checkRecord(String committee, String recordId) {
		if (!mayHandle(committee)) {
			throw new Denied("problem.evidence.notYours", committee);
		}
		if (!store.recordExists(committee, recordId)) {
			throw Refused.notFound("problem.noRecord", committee, recordId);
		}
	}

	private static Refused noFile(String committee, String recordId, String sha256) {
		return Refused.notFound("problem.evidence.none", committee, recordId, sha256);
	}

}
