package org.sixrates.importing;

import java.util.List;

/**
 * The columns of {@code committees.csv}: one row per committee and year, all required.
 */
enum CommitteeColumn implements Column {

	CODE("code", "代码", "单位代码"), NAME("name", "名称", "单位名称"), TYPE("type", "类型", "单位类型"), YEAR("year", "年度", "考核年度"),
	MEMBERS("members", "委员人数");

	private final List<String> names;

	CommitteeColumn(String... names) {
		this.names = List.of(names);
	}

	@Override
	public List<String> names() {
		return names;
	}

	@Override
	public boolean required() {
		return true;
	}

}
