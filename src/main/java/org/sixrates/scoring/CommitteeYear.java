package org.sixrates.scoring;

/** A committee assessed in a year, with its number of members (委员人数) that year. */
public record CommitteeYear(String code, String name, int year, int members) {
}
