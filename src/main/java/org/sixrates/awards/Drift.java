package org.sixrates.awards;

import java.util.List;

/**
 * A snapshot against today's data and rules: the scheme and data digests then and now,
 * and every number that would differ.
 */
public record Drift(int year, int version, String schemeThen, String schemeNow, String dataThen, String dataNow,
		List<Difference> differences) {

	public boolean schemeChanged() {
		return !schemeThen.equals(schemeNow);
	}

	public boolean dataChanged() {
		return !dataThen.equals(dataNow);
	}

	public boolean drifted() {
		return schemeChanged() || dataChanged() || !differences.isEmpty();
	}

}
