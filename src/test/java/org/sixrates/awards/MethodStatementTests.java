package org.sixrates.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.sixrates.rules.Scheme;
import org.sixrates.rules.SchemeLoader;
import org.sixrates.rules.SchemeSource;

/**
 * The method statement of the default scheme and of the example schemes, checked against
 * sentences written from the rules files by hand.
 */
class MethodStatementTests {

	private static final Scheme DEFAULT = SchemeSource.load(SchemeSource.DEFAULT);

	private static final Scheme ENTROPY = SchemeLoader.load(Path.of("rules/examples/entropy.yaml"));

	private static final Scheme AHP = SchemeLoader.load(Path.of("rules/examples/ahp.yaml"));

	@Test
	void theDefaultSchemeNamesEveryRateWithItsWeightInChinese() {
		assertThat(MethodStatement.of(DEFAULT, true).text()).contains("批示率（endorsement）：权重 20%。",
				"办结率（completion）：权重 20%。", "转化率（conversion）：权重 15%。", "活动率（activity）：权重 15%。",
				"刊载率（publication）：权重 15%。", "贡献率（contribution）：权重 15%。",
				"各率权重由方案给定，合计 100%：批示率 20%、办结率 20%、转化率 15%、活动率 15%、刊载率 15%、贡献率 15%。");
	}

	@Test
	void theDefaultSchemeNamesEveryRateWithItsWeightInEnglish() {
		assertThat(MethodStatement.of(DEFAULT, false).text()).contains("Endorsement (endorsement): Weight 20%.",
				"Completion (completion): Weight 20%.", "Conversion (conversion): Weight 15%.",
				"Activity (activity): Weight 15%.", "Publication (publication): Weight 15%.",
				"Contribution (contribution): Weight 15%.");
	}

	@Test
	void eachRateSaysWhatItsNumeratorAndDenominatorCountInTheVocabularysWords() {
		MethodStatement statement = MethodStatement.of(DEFAULT, true);
		List<String> rates = section(statement, "考评指标").paragraphs();
		assertThat(rates).hasSize(6);
		assertThat(rates.get(1)).isEqualTo("办结率（completion）：权重 20%。分子为记录数：类别为 提案、社情民意，且 办理状态为 已办结。"
				+ "分母为记录数：类别为 提案、社情民意。比率 = 分子 ÷ 分母。分母为 0 时比率记 0。");
		// weight_by, times, committee: members, cap and when_empty: mean
		assertThat(rates.get(0)).contains("且 级别为 县级、市级、省级、全国；按级别加权：县级 0.70、市级 0.80、省级 0.90、全国 1。");
		assertThat(rates.get(3)).contains("分子为数量之和：类别为 活动。分母为委员人数 × 4。",
				"比率 = min(分子 ÷ 分母, 100.00%)，即超过 100.00% 的按 100.00% 计。");
		assertThat(rates.get(5))
			.endsWith("分母为记录数：类别为 评价 × 100。比率 = 分子 ÷ 分母。" + "分母为 0 时取当年分母大于 0 的各单位该率的平均值（没有这样的单位时记 0）。");
		assertThat(MethodStatement.of(DEFAULT, false).text())
			.contains("Completion (completion): Weight 20%. Numerator — records: Kind Proposal, Social opinion, "
					+ "and Status Completed. Denominator — records: Kind Proposal, Social opinion. "
					+ "Rate = numerator ÷ denominator. A denominator of 0 gives the rate 0.");
	}

	@Test
	void theNormalizationAggregationAndTieBreakAreGivenWithTheirFormulas() {
		String chinese = MethodStatement.of(DEFAULT, true).text();
		assertThat(chinese).contains("不标准化（直接用比率）：n = r。", "加权算术平均：得分 = 100 · Σ wᵢ·nᵢ",
				"得分相同时依次比较办结率、批示率的标准化值，仍相同的名次并列（如 1、1、3）。");
		String english = MethodStatement.of(DEFAULT, false).text();
		assertThat(english).contains("Weighted arithmetic mean: score = 100 · Σ wᵢ·nᵢ",
				"equal scores are decided by the normalized values of Completion, Endorsement, in this order");
	}

	@Test
	void theGradesAndAwardsOfTheDefaultSchemeWithTheirConditions() {
		MethodStatement chinese = MethodStatement.of(DEFAULT, true);
		assertThat(section(chinese, "等次").paragraphs()).contains("优秀（excellent）：得分不低于 90。", "良好（good）：得分不低于 75。",
				"合格（pass）：得分不低于 60。", "不合格（fail）：得分不低于 0。");
		assertThat(section(chinese, "表彰").paragraphs()).contains(
				"通报表彰（notice）：得分不低于 75；一票否决：办结率低于 50.00%；符合条件的单位中排名前 3 名（并列者一并表彰）。",
				"全会表彰（plenary）：连续 2 年获得通报表彰（当年及此前 1 年均获得；没有考评数据的年度视为未获得）；符合条件的单位均获表彰。");
		assertThat(MethodStatement.of(DEFAULT, false).text()).contains(
				"Commended by notice (notice): Score at least 75; Veto: Completion below 50.00%; "
						+ "Top 3 of the eligible (ties at the edge included).",
				"Commended at the plenary (plenary): Commended by notice won 2 years running "
						+ "(in each of the 2 years up to and including this one; a year without data counts as not won); "
						+ "Every eligible committee wins.");
	}

	@Test
	void theStatementNamesTheSchemeFileAndItsSha256() {
		assertThat(section(MethodStatement.of(DEFAULT, true), "考评方案").paragraphs().get(0))
			.isEqualTo("本说明由考评方案《政协工作“六率”考评》（方案标识 six-rates）的规则文件 rules/six-rates.yaml 生成，该文件的 SHA-256 为 "
					+ DEFAULT.sha256() + "。");
	}

	@Test
	void anEntropySchemeNamesTheMethodAndItsFormulas() {
		MethodStatement chinese = MethodStatement.of(ENTROPY, true);
		assertThat(section(chinese, "考评指标").paragraphs())
			.allSatisfy(rate -> assertThat(rate).contains("权重：熵权法（按年度计算）。"));
		assertThat(section(chinese, "权重").paragraphs().get(0)).startsWith("权重按熵权法逐年计算。")
			.contains("Eⱼ = −(1 / ln m) · Σᵢ pᵢⱼ ln pᵢⱼ", "wⱼ = dⱼ / Σ d");
		assertThat(chinese.text()).contains("极差标准化：n = (r − min) / (max − min)", "表彰\n不设表彰。\n");
		MethodStatement english = MethodStatement.of(ENTROPY, false);
		assertThat(section(english, "Weights").paragraphs().get(0))
			.startsWith("The weights are derived each year by the entropy method");
		assertThat(english.text()).contains("Endorsement (endorsement): Weight: Entropy (per year).");
	}

	@Test
	void anAhpSchemeGivesTheDerivedWeightsTheMatrixAndItsConsistency() {
		// the matrix [1, 2, 4; 1/2, 1, 2; 1/4, 1/2, 1] is consistent: weights 4/7, 2/7,
		// 1/7
		MethodStatement chinese = MethodStatement.of(AHP, true);
		assertThat(section(chinese, "权重").paragraphs()).containsExactly(
				"权重按层次分析法由两两比较矩阵的主特征向量求得：办结率 57.14%、转化率 28.57%、贡献率 14.29%。",
				"比较矩阵按指标顺序排列，aᵢⱼ 为指标 i 相对指标 j 的重要程度：[1, 2, 4]；[1/2, 1, 2]；[1/4, 1/2, 1]。",
				"一致性比率 CR = CI / RI = 0.00（CI = (λmax − n) / (n − 1)，RI 为 Saaty 随机一致性指标；CR 不超过 0.10 的矩阵方可采用）。");
		assertThat(chinese.text()).contains("办结率（completion）：权重 57.14%（层次分析法）。");
		// contribution is excluded where a committee has no evaluation
		assertThat(section(chinese, "合成方法").paragraphs()).hasSize(2);
		// a z-score can make a score negative, so the default min_score 0 is a condition
		assertThat(chinese.text()).contains("通报表彰（notice）：得分不低于 0；一票否决：办结率低于 60.00%；");
		assertThat(MethodStatement.of(AHP, false).text())
			.contains("Completion (completion): Weight 57.14% (Analytic hierarchy process).", "Saaty's random index");
	}

	@Test
	void theTextIsTheTitleThenEachSectionsHeadingAndParagraphs() {
		MethodStatement statement = MethodStatement.of(DEFAULT, Locale.ENGLISH);
		assertThat(statement.title()).isEqualTo("Six-rates assessment: method statement");
		assertThat(statement.sections()).extracting(MethodStatement.Section::heading)
			.containsExactly("Scheme", "Rates", "Weights", "Normalization", "Aggregation", "Ranking", "Grades",
					"Awards");
		assertThat(statement.text()).startsWith("Six-rates assessment: method statement\n\nScheme\nThis statement ")
			.contains("\n\nRates\nEndorsement (endorsement): ")
			.endsWith("Every eligible committee wins.\n");
		assertThat(MethodStatement.of(DEFAULT, Locale.SIMPLIFIED_CHINESE).title()).isEqualTo("政协工作“六率”考评方法说明");
	}

	@Test
	void everySchemeUnderRulesHasAStatementInBothLanguages() throws IOException {
		// every message the statement asks for is in both bundles, whatever the scheme
		try (Stream<Path> files = Files.walk(Path.of("rules"))) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).toList()) {
				Scheme scheme = SchemeLoader.load(file);
				assertThat(MethodStatement.of(scheme, true).sections()).as(file.toString()).hasSize(8);
				assertThat(MethodStatement.of(scheme, false).text()).as(file.toString()).doesNotContain("{", "}");
			}
		}
	}

	private static MethodStatement.Section section(MethodStatement statement, String heading) {
		return statement.sections()
			.stream()
			.filter(section -> section.heading().equals(heading))
			.findFirst()
			.orElseThrow();
	}

}
