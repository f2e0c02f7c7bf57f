package org.sixrates.awards;

import org.sixrates.vocabulary.Message;
import org.sixrates.web.Labels;
import org.springframework.stereotype.Component;

/**
 * A difference as a line a reader understands: 澜东区政协 · 得分：81.25 → 79.5, in the page's
 * language; numbers as they were computed, so that even a last-bit difference shows.
 */
@Component("differences")
public class DifferenceText {

	public String text(Difference difference) {
		String what = Message.of(difference.aspect().labelKey()).in(Labels.locale());
		if (difference.item() != null) {
			what += " " + difference.item();
		}
		String who = (difference.name() != null) ? difference.name() + " · " : "";
		return who + what + "：" + value(difference.before()) + " → " + value(difference.after());
	}

	private static String value(String value) {
		return (value == null) ? "—" : value;
	}

}
