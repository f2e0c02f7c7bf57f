package org.sixrates.scoring;

import java.util.List;

/**
 * The sensitivity indices of a year's ranks (see {@link RankSensitivity}).
 *
 * @param baseSample N: the analysis scored the year N·(d + 2) times for d inputs
 * @param variance V(Y) of the mean absolute rank shift; 0 when no input moves a rank
 * @param indices one per input: the rates' weights in rules order, then the normalization
 * and the aggregation choice where they vary
 */
public record SensitivityResult(int baseSample, double spread, double variance, List<SensitivityIndex> indices) {

	public SensitivityResult {
		indices = List.copyOf(indices);
	}

}
