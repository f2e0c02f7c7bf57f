package org.sixrates.spreadsheet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sixrates.system.SixRatesProperties;
import org.sixrates.vocabulary.Message;
import org.springframework.stereotype.Component;

/**
 * The title line of an exported sheet: the issuing office ({@code sixrates.office}), what
 * the sheet holds, and the export date in the office's time zone.
 */
@Component
public class Letterhead {

	private final String office;

	private final ZoneId zone;

	private final Clock clock;

	public Letterhead(SixRatesProperties properties, Clock clock) {
		this.office = properties.office();
		this.zone = properties.zone();
		this.clock = clock;
	}

	/** Today in the office's time zone. */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(zone));
	}

	/** The office's time zone, the one its dates are written in. */
	public ZoneId zone() {
		return zone;
	}

	/**
	 * {@code 锦澜市政协办公室 · 2024 年度排名 · 导出日期：2026-12-01}: the office, then each part given
	 * (blank ones left out), then the export date, in {@code locale}'s language.
	 */
	public String title(Locale locale, String... parts) {
		String exported = Message.of("xlsx.exported", today().toString()).in(locale);
		return Stream.concat(Stream.concat(Stream.of(office), Stream.of(parts)), Stream.of(exported))
			.filter(part -> part != null && !part.isBlank())
			.collect(Collectors.joining(" · "));
	}

}
