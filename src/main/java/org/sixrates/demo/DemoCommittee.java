package org.sixrates.demo;

import org.sixrates.vocabulary.CommitteeType;

/** One row of the demo {@code committees.csv}: a committee in one assessment year. */
public record DemoCommittee(String code, String name, CommitteeType type, int year, int members) {
}
