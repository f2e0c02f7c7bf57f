package org.sixrates.review;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of file a record may carry as evidence (DESIGN §8), each with the media type
 * it is stored and served as and the extensions a name may declare for it.
 */
public enum FileKind {

	PDF("PDF", "application/pdf", "pdf"),

	/**
	 * The national e-document format (GB/T 33190): a ZIP with {@code OFD.xml} at its
	 * root.
	 */
	OFD("OFD", "application/ofd", "ofd"),

	JPEG("JPEG", "image/jpeg", "jpg", "jpeg", "jpe"),

	PNG("PNG", "image/png", "png");

	private final String label;

	private final String mediaType;

	private final List<String> extensions;

	FileKind(String label, String mediaType, String... extensions) {
		this.label = label;
		this.mediaType = mediaType;
		this.extensions = List.of(extensions);
	}

	/**
	 * {@code PDF}, {@code OFD}, {@code JPEG}, {@code PNG}: the same in both languages.
	 */
	public String label() {
		return label;
	}

	/**
	 * The media type of {@code evidence.media_type}, sent as the download's Content-Type.
	 */
	public String mediaType() {
		return mediaType;
	}

	/** The extensions a name may end in, lower case, without the dot. */
	public List<String> extensions() {
		return extensions;
	}

	/** Whether {@code extension} (without its dot, any case) is one of this kind's. */
	public boolean declaredBy(String extension) {
		return extensions.contains(extension.toLowerCase(Locale.ROOT));
	}

	/** The kind stored as {@code mediaType}. */
	public static FileKind ofMediaType(String mediaType) {
		for (FileKind kind : values()) {
			if (kind.mediaType.equals(mediaType)) {
				return kind;
			}
		}
		throw new IllegalArgumentException("no evidence file kind has the media type " + mediaType);
	}

}
