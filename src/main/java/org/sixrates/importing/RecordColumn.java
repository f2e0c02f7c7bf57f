package org.sixrates.importing;

import java.util.List;

/** The columns of {@code records.csv}; only id, committee, year and kind are required. */
enum RecordColumn implements Column {

	ID(true, "id", "编号"), COMMITTEE(true, "committee", "单位", "单位代码"), YEAR(true, "year", "年度", "考核年度"),
	KIND(true, "kind", "类别", "类型"), SUBTYPE(false, "subtype", "子类", "小类"), TITLE(false, "title", "标题", "题目", "名称"),
	DATE(false, "date", "日期"), LEVEL(false, "level", "级别"), STATUS(false, "status", "状态", "办理状态"),
	CONVERTED(false, "converted", "转化", "是否转化"), SATISFACTION(false, "satisfaction", "满意度"),
	QUANTITY(false, "quantity", "数量", "参与人数"), SCORE(false, "score", "分数", "得分");

	private final boolean required;

	private final List<String> names;

	RecordColumn(boolean required, String... names) {
		this.required = required;
		this.names = List.of(names);
	}

	@Override
	public List<String> names() {
		return names;
	}

	@Override
	public boolean required() {
		return required;
	}

}
