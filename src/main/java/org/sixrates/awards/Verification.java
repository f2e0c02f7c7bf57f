package org.sixrates.awards;

import java.util.List;

/**
 * A snapshot recomputed from its own inputs and scheme: reproduced when every number is
 * bit-identical, else the differences.
 */
public record Verification(int year, int version, boolean reproduced, List<Difference> differences) {
}
