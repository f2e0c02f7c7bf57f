package org.sixrates.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a committee (单位) and its assessment years (DESIGN §2), in the column
 * order of {@code committees.csv}; all are required. Name and type belong to the
 * committee (table {@code committee}, the same on all its rows), members to each year
 * ({@code committee_year}).
 */
public enum CommitteeField implements Field {

	CODE("code", ValueType.Code.COMMITTEE, true, true, "code", "代码"),
	NAME("name", new ValueType.Text(200, false), false, true, "name", "名称"),
	TYPE("type", new ValueType.Choice<>(CommitteeType.class, null), false, true, "type", "类型"),
	YEAR("year", ValueType.Whole.YEAR, true, false, "year", "考核年度"),
	MEMBERS("members", new ValueType.Whole(0, Integer.MAX_VALUE, null), false, false, "members");

	private final Spec spec;

	private final boolean perCommittee;

	CommitteeField(String key, ValueType type, boolean identifies, boolean perCommittee, String column,
			String... aliases) {
		this.spec = new Spec(key, type, true, identifies, column, List.of(aliases));
		this.perCommittee = perCommittee;
	}

	@Override
	public Spec spec() {
		return spec;
	}

	/**
	 * Whether the value belongs to the committee, the same in all its years, rather than
	 * to one year.
	 */
	public boolean perCommittee() {
		return perCommittee;
	}

	/** The field of a key ({@code members}), if any. */
	public static Optional<CommitteeField> ofKey(String key) {
		return Arrays.stream(values()).filter(field -> field.key().equals(key)).findFirst();
	}

}
