package org.sixrates.vocabulary;

/** Something with an id and a label in both languages: a grade, an award, a rate. */
public record Named(String id, String zh, String en) implements Bilingual {

	public String label(boolean chinese) {
		return chinese ? zh : en;
	}

}
