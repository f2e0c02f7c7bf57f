package org.sixrates.awards;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A snapshot against today's data and rules: the scheme and data digests then and now,
 * and every number that would differ.
 */
public record Drift(int year, int version, String schemeThen, String schemeNow, String dataThen, String dataNow,
		List<Difference> differences) {

	@JsonProperty
	public boolean schemeChanged() {
		return !schemeThen.equals(schemeNow);
	}

	@JsonProperty
	public boolean dataChanged() {
		return !dataThen.equals(dataNow);
	}

	@JsonProperty
	public boolean drifted() {
		return schemeChanged() || dataChanged() || !differences.isEmpty();
	}

}
