package org.sixrates.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sixrates.importing.Importer;
import org.sixrates.scoring.UncertaintyResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The analyses of a year are computed once per state of its results: asked again, with
 * the same parameters, they are the answer already computed; after a change of the data,
 * or with other parameters, they are computed again.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:trust-cache", "sixrates.demo-data=true" })
class TrustCacheTests {

	@Autowired
	TrustAnalyses analyses;

	@Autowired
	Importer importer;

	@Test
	void theSameResultsAndParametersAreAnsweredFromTheLastComputation() {
		UncertaintyResult first = analyses.uncertainty(2025, 500, 0.25, 7, TrustAnalyses.Choices.none());

		assertThat(analyses.uncertainty(2025, 500, 0.25, 7, TrustAnalyses.Choices.none())).isSameAs(first);
		assertThat(analyses.uncertainty(2025, 500, 0.25, 8, TrustAnalyses.Choices.none())).isNotSameAs(first);
		assertThat(analyses.sensitivity(2025, 50, 0.25, TrustAnalyses.Choices.none()))
			.isSameAs(analyses.sensitivity(2025, 50, 0.25, TrustAnalyses.Choices.none()));

		importer.importRecords("more.csv", """
				id,committee,year,kind,status
				CACHE-1,LANDONG,2025,PROPOSAL,COMPLETED
				""".getBytes(StandardCharsets.UTF_8), "office");

		UncertaintyResult after = analyses.uncertainty(2025, 500, 0.25, 7, TrustAnalyses.Choices.none());
		assertThat(after).isNotSameAs(first);
		assertThat(analyses.uncertainty(2025, 500, 0.25, 7, TrustAnalyses.Choices.none())).isSameAs(after);
	}

}
