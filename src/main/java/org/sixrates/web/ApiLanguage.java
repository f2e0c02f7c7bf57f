package org.sixrates.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.sixrates.vocabulary.Message;
import org.sixrates.vocabulary.Messages;

/**
 * The language of the API's messages: English, which scripts read, unless the request's
 * {@code Accept-Language} puts Chinese first. Pages follow the reader's choice instead
 * ({@code ?lang=}, kept in a cookie), whose {@code lang} parameter means the CSV header
 * here.
 */
public final class ApiLanguage {

	private ApiLanguage() {
	}

	public static Locale of(HttpServletRequest request) {
		String header = (request == null) ? null : request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Messages.ENGLISH;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
			return (!ranges.isEmpty() && ranges.get(0).getRange().toLowerCase(Locale.ROOT).startsWith("zh"))
					? Messages.CHINESE : Messages.ENGLISH;
		}
		catch (IllegalArgumentException malformed) {
			return Messages.ENGLISH;
		}
	}

	/**
	 * The language of an export's {@code lang} parameter: {@code en} (the default of
	 * every export) or {@code zh}; anything else is a 400 that says so.
	 */
	public static Locale ofExport(String lang) {
		if ("zh".equals(lang)) {
			return Messages.CHINESE;
		}
		if ("en".equals(lang)) {
			return Messages.ENGLISH;
		}
		throw Refused.badParameter("lang", lang, Message.of("input.parameter.lang"));
	}

}
