package org.sixrates.scoring;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sixrates.rules.Aggregation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scoring every committee at once, as the uncertainty analysis does, gives each the very
 * bits that scoring it alone gives: the replications rank exactly what the year's scoring
 * would.
 */
class AggregateTests {

	@Provide
	Arbitrary<double[]> weights() {
		return Arbitraries.doubles().between(0, 1).ofScale(12).array(double[].class).ofSize(6);
	}

	/** Committees of six normalized rates, now and then one excluded. */
	@Provide
	Arbitrary<List<double[]>> committees() {
		Arbitrary<Double> value = Arbitraries.doubles().between(0, 1).ofScale(12).injectDuplicates(0.1);
		Arbitrary<Double> rate = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, value),
				net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)));
		return rate.list()
			.ofSize(6)
			.map(rates -> rates.stream().mapToDouble(Double::doubleValue).toArray())
			.list()
			.ofMinSize(1)
			.ofMaxSize(30);
	}

	@Property(tries = 300)
	void allAtOnceIsEachAlone(@ForAll("weights") double[] weights, @ForAll("committees") List<double[]> committees,
			@ForAll Aggregation aggregation) {
		double[][] normalized = committees.toArray(double[][]::new);
		double[] flat = committees.stream().flatMapToDouble(Arrays::stream).toArray();
		boolean[] complete = new boolean[normalized.length];
		for (int c = 0; c < normalized.length; c++) {
			complete[c] = Arrays.stream(normalized[c]).noneMatch(Double::isNaN);
		}
		double[] scores = new double[normalized.length];
		Aggregate.scores(aggregation, weights, normalized, flat, complete, scores);
		for (int c = 0; c < normalized.length; c++) {
			assertThat(Double.doubleToRawLongBits(scores[c])).as("committee %d", c)
				.isEqualTo(Double.doubleToRawLongBits(Aggregate.score(aggregation, weights, normalized[c])));
		}
	}

}
