package org.sixrates.vocabulary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of an activity record (履职记录, DESIGN §2), in the column order of
 * {@code records.csv}, and its review state (DESIGN §8): only id, committee, year and
 * kind are required.
 */
public enum RecordField implements Field {

	ID("id", ValueType.Code.RECORD, Use.KEY, "id"),
	COMMITTEE("committee", new ValueType.Text(Integer.MAX_VALUE, false), Use.KEY, "committee", "单位代码"),
	YEAR("year", ValueType.Whole.YEAR, Use.REQUIRED, "year", "考核年度"),
	KIND("kind", new ValueType.Choice<>(Kind.class, null), Use.REQUIRED, "kind", "类型"),
	SUBTYPE("subtype", new ValueType.SubtypeText(100), Use.OPTIONAL, "subtype", "小类"),
	TITLE("title", new ValueType.Text(2000, false), Use.OPTIONAL, "title", "题目", "名称"),
	DATE("date", new ValueType.Day(), Use.OPTIONAL, "record_date"),
	LEVEL("level", new ValueType.Choice<>(Level.class, Level.NONE), Use.OPTIONAL, "level_reached", "层级"),
	STATUS("status", new ValueType.Choice<>(Status.class, Status.FILED), Use.OPTIONAL, "status", "状态"),
	CONVERTED("converted", new ValueType.Bool(), Use.OPTIONAL, "converted", "转化", "已转化"),
	SATISFACTION("satisfaction", new ValueType.Choice<>(Satisfaction.class, null), Use.OPTIONAL, "satisfaction"),
	QUANTITY("quantity", new ValueType.Whole(0, Integer.MAX_VALUE, 0), Use.OPTIONAL, "quantity", "参与人数"),
	SCORE("score", new ValueType.Decimal(0, 100), Use.OPTIONAL, "score", "得分", "评分"),
	/**
	 * The review state (DESIGN §8): not part of the work reported, so not part of a
	 * snapshot's data digest; empty in a file means approved for the city office's rows
	 * and pending for a clerk's.
	 */
	REVIEW("review", new ValueType.Choice<>(Review.class, null), Use.OPTIONAL, "review", "审核");

	private final Spec spec;

	RecordField(String key, ValueType type, Use use, String column, String... aliases) {
		this.spec = new Spec(key, type, use != Use.OPTIONAL, use == Use.KEY, column, List.of(aliases));
	}

	@Override
	public Spec spec() {
		return spec;
	}

	/** The fields of the work a committee reports (DESIGN §2), without its review. */
	public static final List<RecordField> REPORTED = Arrays.stream(values()).filter(field -> field != REVIEW).toList();

	/** The field of a key ({@code level}), if any. */
	public static Optional<RecordField> ofKey(String key) {
		return Arrays.stream(values()).filter(field -> field.key().equals(key)).findFirst();
	}

	/**
	 * The kinds of record the field describes (DESIGN §2), empty for every kind: the
	 * status of proposals and social-opinion reports, the members taking part in an
	 * activity, an evaluation's score, the level reached by work that may be endorsed,
	 * adopted or published, the conversion of suggestions, the satisfaction with a reply
	 * or an evaluation. A field outside its kinds is still read and stored: no rule of a
	 * scheme depends on this, only the form, which shows a record the fields that apply.
	 */
	public Set<Kind> kinds() {
		return switch (this) {
			case STATUS -> EnumSet.of(Kind.PROPOSAL, Kind.SOCIAL_OPINION);
			case QUANTITY -> EnumSet.of(Kind.ACTIVITY);
			case SCORE -> EnumSet.of(Kind.FEEDBACK);
			case LEVEL -> EnumSet.complementOf(EnumSet.of(Kind.ACTIVITY, Kind.FEEDBACK));
			case CONVERTED -> EnumSet.of(Kind.PROPOSAL, Kind.ADVISORY_PROPOSAL, Kind.RESEARCH_REPORT,
					Kind.PLENARY_SPEECH, Kind.SOCIAL_OPINION);
			case SATISFACTION -> EnumSet.of(Kind.PROPOSAL, Kind.SOCIAL_OPINION, Kind.FEEDBACK);
			default -> EnumSet.noneOf(Kind.class);
		};
	}

	private enum Use {

		KEY, REQUIRED, OPTIONAL

	}

}
