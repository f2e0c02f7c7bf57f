package org.sixrates.importing;

import org.sixrates.records.CommitteeType;

/**
 * One row of {@code committees.csv}: a committee and its members in one assessment year.
 *
 * @param line where the row starts in its file
 * @param code the committee's code (ASCII)
 * @param name 单位名称
 * @param type 县, 区 or 县级市
 * @param year the assessment year
 * @param members 委员人数 that year
 */
public record CommitteeRow(int line, String code, String name, CommitteeType type, int year, int members) {
}
