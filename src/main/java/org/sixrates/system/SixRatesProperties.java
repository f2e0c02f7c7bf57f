package org.sixrates.system;

import java.time.ZoneId;

import org.sixrates.rules.SchemeSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The product's own settings ({@code sixrates.*}).
 *
 * @param rules the scheme file ({@code --sixrates.rules=F})
 * @param demoData whether an empty database is seeded with the demo city
 * @param zone the time zone times are shown in: the city office's, whatever the server's
 * is
 * @param office the issuing office named in the title block of a printed award list and
 * method statement
 * @param review how records are reviewed (DESIGN §8)
 */
@ConfigurationProperties("sixrates")
public record SixRatesProperties(@DefaultValue(SchemeSource.DEFAULT) String rules,
		@DefaultValue("true") boolean demoData, @DefaultValue("Asia/Shanghai") ZoneId zone,
		@DefaultValue("锦澜市政协办公室") String office, @DefaultValue Review review) {

	/**
	 * @param required whether only approved versions of records count
	 * ({@code sixrates.review.required})
	 * @param maxEvidenceSize the largest evidence file a record takes
	 * ({@code sixrates.review.max-evidence-size})
	 */
	public record Review(@DefaultValue("true") boolean required, @DefaultValue("10MB") DataSize maxEvidenceSize) {
	}

}
