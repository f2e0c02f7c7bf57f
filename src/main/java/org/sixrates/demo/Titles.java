package org.sixrates.demo;

import java.util.List;

import org.sixrates.vocabulary.Level;

/**
 * Plausible titles for the demo records, built from phrases a committee's office would
 * use.
 */
final class Titles {

	/** What members write proposals, reports and speeches about. */
	private static final List<String> TOPICS = List.of("加强农村饮用水安全保障", "推进老旧小区改造", "完善城乡居民养老服务体系", "加快县域医共体建设",
			"提升中小学课后服务质量", "推动乡村特色产业发展", "加强耕地保护和高标准农田建设", "持续优化营商环境", "促进民营经济健康发展", "推进生活垃圾分类常态化", "加强河湖生态保护修复",
			"完善农村客运网络", "推动文旅融合发展", "加强非物质文化遗产保护传承", "推进智慧城市建设", "加快新能源汽车充电设施建设", "加强基层医疗卫生人才队伍建设", "完善社区嵌入式服务设施",
			"促进高校毕业生就业创业", "加强未成年人心理健康教育", "深化农村人居环境整治", "提升农产品品牌影响力", "加强食品安全监管", "推动中医药传承创新发展", "完善困难群众救助机制",
			"加强历史文化街区保护", "推进城市内涝治理", "积极发展银发经济", "加强消防安全基层治理", "推动数字经济与实体经济融合", "加快农村寄递物流体系建设", "推进学前教育普惠发展",
			"规范住宅小区物业管理", "推动工业园区提质增效", "加强生态公益林管护", "完善公共法律服务体系", "深化职业教育产教融合", "加强校园周边交通安全管理", "深化“一网通办”改革",
			"因地制宜发展林下经济", "加强地质灾害防治", "推动茶产业提质增效", "提升农村电商发展水平", "完善婴幼儿照护服务", "壮大农村集体经济", "推进以县城为载体的城镇化建设", "加强古树名木保护",
			"推动全民健身设施建设", "优化城区公交线路布局", "加强预付式消费监管");

	/** What people complain about in social-opinion reports. */
	private static final List<String> CONCERNS = List.of("城区停车难", "农村留守老人照料", "校外培训机构监管", "电动自行车充电安全", "农贸市场环境卫生",
			"老旧小区加装电梯", "乡村学校师资流失", "农村道路安全隐患", "外卖骑手权益保障", "背街小巷照明不足", "物业服务收费不透明", "农村生活污水处理设施运维", "医保异地结算不便",
			"学校周边早晚高峰拥堵", "山区群众就医难", "农资价格上涨", "直播带货虚假宣传", "养老机构床位紧张", "独居老人居家安全", "快递末端网点布局不合理");

	private static final List<String> INSPECTIONS = List.of("河长制落实", "重点项目建设", "安全生产", "乡村振兴示范点建设", "农村饮用水工程", "食品安全",
			"“双减”政策落实", "城市更新项目", "森林防火", "老旧小区改造", "民生实事项目", "耕地保护");

	private static final List<String> DEPARTMENTS = List.of("交通运输局", "人力资源和社会保障局", "市场监督管理局", "医疗保障局", "住房和城乡建设局",
			"教育局", "自然资源局", "农业农村局", "卫生健康局", "信访局", "民政局", "水利局");

	private static final List<String> VILLAGES = List.of("石桥", "柳塘", "杨家坪", "上坪", "下湾", "青山", "马鞍", "桃源", "黄泥岗", "龙潭",
			"新庄", "竹园", "枫树湾", "白沙", "双河");

	private static final List<String> RURAL_SERVICES = List.of("送医", "送法", "送科技", "送文化", "送农技");

	private static final List<String> FELLOWSHIPS = List.of("港澳台侨委员联谊会", "新春委员联谊会", "工商界委员恳谈联谊活动", "党外知识分子联谊交流会",
			"对口协作地区政协联谊交流");

	private static final List<String> CULTURAL_PRODUCTS = List.of("非遗图册", "风物纪录片", "委员书画作品集", "民间故事集", "古村落影像志");

	private static final List<String> FEEDBACK = List.of("委、政府对政协年度工作评价", "人大代表、群众代表满意度测评", "提案承办单位评价", "界别群众满意度调查",
			"委员履职服务满意度测评", "党政部门对民主监督工作评价", "社会各界代表年度评议");

	private static final String DIGITS = "零一二三四五六七八九";

	private Titles() {
	}

	static String topic(Dice dice) {
		return dice.pick(TOPICS);
	}

	static String proposal(String topic) {
		return "关于" + topic + "的提案";
	}

	static String advisoryProposal(String topic) {
		return "关于" + topic + "的建议案";
	}

	static String researchReport(String topic) {
		return "关于" + topic + "的调研报告";
	}

	static String plenarySpeech(String topic) {
		return "聚焦" + topic + "　助推高质量发展";
	}

	static String socialOpinion(Dice dice) {
		String concern = dice.pick(CONCERNS);
		return dice.chance(0.5) ? "关于" + concern + "问题的社情民意信息" : "群众反映" + concern + "问题亟待解决";
	}

	static String activity(String subtype, Profile committee, int year, Dice dice) {
		String area = committee.suffix();
		return switch (subtype) {
			case "INSPECTION" -> "视察全" + area + dice.pick(INSPECTIONS) + "情况";
			case "EVALUATION" -> "对" + area + dice.pick(DEPARTMENTS) + "工作开展民主评议";
			case "POVERTY_RELIEF" -> "赴" + dice.pick(VILLAGES) + "村开展结对帮扶";
			case "RURAL_VISIT" -> "组织委员到" + dice.pick(VILLAGES) + "村开展" + dice.pick(RURAL_SERVICES) + "下乡活动";
			// the straight quotes are as clerks often type them, and make the CSV quote
			// the cell
			case "PERFORMANCE" -> dice.chance(0.5) ? "\"委员之声\"庆祝人民政协成立" + numeral(year - 1949) + "周年文艺展演"
					: committee.place() + "政协委员书画摄影作品展";
			default -> dice.pick(FELLOWSHIPS);
		};
	}

	/** A publication's title names an outlet that fits the level it reached. */
	static String publication(String subtype, Level level, Profile committee, int volume, Dice dice) {
		String place = committee.place();
		return switch (subtype) {
			case "NEWS" -> outlet(level, committee) + "报道" + place + "政协围绕" + dice.pick(TOPICS) + "建言献策";
			case "LITERATURE_HISTORY" -> "《" + place + "文史》第" + numeral(volume) + "辑";
			case "CULTURAL_PRODUCT" -> "《" + place + dice.pick(CULTURAL_PRODUCTS) + "》";
			case "RESEARCH_TOPIC" -> dice.pick(TOPICS) + "课题研究";
			default -> "《" + dice.pick(TOPICS) + "研究》成果汇编";
		};
	}

	static String feedback(Profile committee, Dice dice) {
		String title = dice.pick(FEEDBACK);
		return title.startsWith("委") ? committee.suffix() + "委、" + committee.suffix() + title.substring(2) : title;
	}

	private static String outlet(Level level, Profile committee) {
		return switch (level) {
			case NATIONAL -> "《人民政协报》";
			case PROVINCE -> "省政协门户网站";
			case CITY -> "《锦澜日报》";
			case COUNTY -> committee.place() + committee.suffix() + "融媒体中心";
			case NONE -> committee.place() + "政协工作简报";
		};
	}

	/** Chinese numerals from 1 to 999: 十二, 二十, 七十五, 一百零五, 一百一十. */
	static String numeral(int n) {
		if (n >= 100) {
			int rest = n % 100;
			String hundreds = DIGITS.charAt(n / 100) + "百";
			return (rest == 0) ? hundreds : hundreds + ((rest < 10) ? "零" : (rest < 20) ? "一" : "") + numeral(rest);
		}
		int tens = n / 10;
		int units = n % 10;
		String text = (tens == 0) ? "" : ((tens == 1) ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
		return (units == 0 && tens > 0) ? text : text + DIGITS.charAt(units);
	}

}
