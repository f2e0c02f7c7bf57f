package org.sixrates.web;

import java.util.Locale;

import org.sixrates.ranking.Named;
import org.sixrates.rules.Label;
import org.sixrates.records.Subtypes;
import org.sixrates.records.Vocabulary;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Labels of vocabulary values and scheme names in the reader's language, for the
 * templates ({@code ${@labels.of(record.kind)}}): the enum's Chinese label, or in English
 * the constant humanised ({@code ADVISORY_PROPOSAL} → {@code Advisory proposal}).
 */
@Component("labels")
public class Labels {

	/** Whether the current request reads Chinese: everything but English does. */
	public static boolean chinese() {
		return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	public String of(Vocabulary value) {
		if (value == null) {
			return "";
		}
		return chinese() ? value.zh() : humanised(value.name());
	}

	/** A label of the scheme (a rate, grade or award) in the reader's language. */
	public String of(Label label) {
		return (label == null) ? "" : chinese() ? label.zh() : label.en();
	}

	public String of(Named named) {
		return (named == null) ? "" : named.label(chinese());
	}

	/** A subtype: a known code by its label, any other text as written. */
	public String subtype(String code) {
		if (code == null) {
			return "";
		}
		if (!Subtypes.codes().contains(code)) {
			return code;
		}
		return chinese() ? Subtypes.zh(code) : humanised(code);
	}

	/** A yes/no value. */
	public String yesNo(Boolean value) {
		if (value == null) {
			return "";
		}
		if (chinese()) {
			return value ? "是" : "否";
		}
		return value ? "Yes" : "No";
	}

	/**
	 * Any filter value: a vocabulary term, a yes/no, a subtype code or as written (a
	 * code, a year).
	 */
	public String any(Object value) {
		if (value instanceof Vocabulary term) {
			return of(term);
		}
		if (value instanceof Boolean yes) {
			return yesNo(yes);
		}
		return (value instanceof String text) ? subtype(text) : String.valueOf(value);
	}

	/** {@code POVERTY_RELIEF} → {@code Poverty relief}. */
	public static String humanised(String constant) {
		String words = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
