package org.sixrates.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sixrates.rules.RateDefinition;
import org.sixrates.rules.Scheme;

/**
 * What a scheme's rates measure of one committee's year, DESIGN §4 step 1: for each rate
 * i, in rules order, {@code numᵢ} and {@code denᵢ}, its measures summed over the
 * committee's cells ({@code Σ amount·w·times}, or {@code members·times}). They depend on
 * that committee year's cells and members alone, so a change of one committee's records
 * measures that committee again and no other; everything after step 1 reads these.
 */
public final class Measured {

	private final double[] numerators;

	private final double[] denominators;

	Measured(double[] numerators, double[] denominators) {
		this.numerators = numerators.clone();
		this.denominators = denominators.clone();
	}

	/** {@code numᵢ}. */
	public double numerator(int rate) {
		return numerators[rate];
	}

	/** {@code denᵢ}. */
	public double denominator(int rate) {
		return denominators[rate];
	}

	/** Each committee year of {@code cube} measured by {@code scheme}, from its cells. */
	public static Map<CommitteeYear, Measured> of(Scheme scheme, Cube cube) {
		Tally tally = new Tally(cube);
		List<RateDefinition> rates = scheme.rates();
		Map<CommitteeYear, Measured> measured = new HashMap<>();
		for (CommitteeYear committee : cube.committees()) {
			double[] num = new double[rates.size()];
			double[] den = new double[rates.size()];
			for (int i = 0; i < rates.size(); i++) {
				num[i] = tally.evaluate(rates.get(i).numerator(), committee);
				den[i] = tally.evaluate(rates.get(i).denominator(), committee);
			}
			measured.put(committee, new Measured(num, den));
		}
		return measured;
	}

	/** One committee year measured by {@code scheme} from {@code cells}, its own. */
	static Measured of(Scheme scheme, CommitteeYear committee, List<Cell> cells) {
		return of(scheme, new Cube(List.of(committee), cells)).get(committee);
	}

}
