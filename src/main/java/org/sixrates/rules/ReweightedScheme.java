package org.sixrates.rules;

import java.nio.charset.StandardCharsets;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A scheme file with other weights, and optionally another normalization and aggregation,
 * as the what-if of DESIGN §9 downloads it: every key of the source file kept, each rate
 * given its explicit {@code weight}, a derivation ({@code weights:}) taken out, and a
 * chosen normalization set on the scheme and taken off the rates. Comments do not
 * survive; a header says where the file came from. The result is checked by
 * {@link SchemeLoader} like any rules file.
 */
public final class ReweightedScheme {

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
		.build();

	private ReweightedScheme() {
	}

	/**
	 * The source file rewritten.
	 * @param weights one per rate in rules order, each 0 or at least 0.000001, summing to
	 * 1 within 1e-9
	 * @param normalization {@code null}: as the source has it, per rate too
	 * @param aggregation {@code null}: as the source has it
	 * @param header comment lines put first, without their {@code #}
	 */
	public static byte[] yaml(SchemeFile source, double[] weights, Normalization normalization, Aggregation aggregation,
			List<String> header) {
		JsonNode root = MAPPER.readTree(new String(source.bytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
		ObjectNode scheme = (ObjectNode) root;
		scheme.remove("weights");
		JsonNode rates = scheme.get("rates");
		if (rates == null || rates.size() != weights.length) {
			throw new IllegalArgumentException("expected " + (rates == null ? 0 : rates.size()) + " weights");
		}
		for (int i = 0; i < weights.length; i++) {
			ObjectNode rate = (ObjectNode) rates.get(i);
			rate.put("weight", weights[i]);
			if (normalization != null) {
				rate.remove("normalization");
			}
		}
		if (normalization != null) {
			scheme.put("normalization", normalization.key());
		}
		if (aggregation != null) {
			scheme.put("aggregation", aggregation.key());
		}
		StringBuilder text = new StringBuilder();
		for (String line : header) {
			text.append("# ").append(line.replace('\n', ' ').replace('\r', ' ')).append('\n');
		}
		text.append(MAPPER.writeValueAsString(scheme));
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

}
