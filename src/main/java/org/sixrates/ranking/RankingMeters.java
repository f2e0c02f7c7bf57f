package org.sixrates.ranking;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code sixrates.ranking.requests}: how often the ranking is read, by format. */
final class RankingMeters {

	private RankingMeters() {
	}

	static Counter requests(MeterRegistry registry, String format) {
		return Counter.builder("sixrates.ranking.requests")
			.description("Rankings served, by format")
			.tag("format", format)
			.register(registry);
	}

}
