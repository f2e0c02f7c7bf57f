package org.sixrates.records;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The subtypes DESIGN §2 names for activities and publications. A subtype is free text,
 * but these are written as their code whether a file says {@code 视察} or
 * {@code inspection}.
 */
public final class Subtypes {

	private static final Map<String, String> ZH = new LinkedHashMap<>();

	static {
		ZH.put("INSPECTION", "视察");
		ZH.put("EVALUATION", "评议");
		ZH.put("POVERTY_RELIEF", "扶贫");
		ZH.put("RURAL_VISIT", "下乡");
		ZH.put("PERFORMANCE", "展演");
		ZH.put("FELLOWSHIP", "联谊");
		ZH.put("NEWS", "新闻报道");
		ZH.put("LITERATURE_HISTORY", "文史资料");
		ZH.put("CULTURAL_PRODUCT", "文化产品");
		ZH.put("RESEARCH_TOPIC", "调研课题");
		ZH.put("RESEARCH_RESULT", "调研成果");
	}

	private Subtypes() {
	}

	/** The known codes, in DESIGN order. */
	public static Set<String> codes() {
		return ZH.keySet();
	}

	/** The Chinese label of a known code, or the text itself. */
	public static String zh(String code) {
		return ZH.getOrDefault(code, code);
	}

	/**
	 * A subtype as stored: a known code for a known name in English (any case) or
	 * Chinese, otherwise the text stripped; {@code null} for blank.
	 */
	public static String canonical(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.strip();
		String upper = trimmed.toUpperCase(Locale.ROOT);
		if (ZH.containsKey(upper)) {
			return upper;
		}
		return ZH.entrySet()
			.stream()
			.filter(entry -> entry.getValue().equals(trimmed))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(trimmed);
	}

}
