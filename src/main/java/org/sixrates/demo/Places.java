package org.sixrates.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Place names for a generated city's committees, each with the code written in pinyin as
 * the demo city's are (青山, QINGSHAN): two characters, a first and a second from lists of
 * characters place names are made of, then three (青山桥) once the pairs run out.
 *
 * <p>
 * Names and codes are both distinct: the characters of a list have distinct readings, and
 * every second or third character's reading starts with a consonant, so a code splits
 * into its syllables one way only.
 */
final class Places {

	private static final List<Syllable> FIRST = syllables("""
			安AN 白BAI 宝BAO 北BEI 碧BI 滨BIN 博BO 苍CANG 昌CHANG 辰CHEN 成CHENG 崇CHONG 楚CHU 川CHUAN 春CHUN
			翠CUI 大DA 丹DAN 德DE 定DING 东DONG 敦DUN 峨E 丰FENG 芙FU 甘GAN 高GAO 广GUANG 桂GUI 海HAI 汉HAN 和HE
			衡HENG 红HONG 华HUA 淮HUAI 黄HUANG 徽HUI 嘉JIA 建JIAN 江JIANG 金JIN 景JING 九JIU 康KANG 兰LAN 乐LE
			黎LI 莲LIAN 良LIANG 临LIN 灵LING 柳LIU 龙LONG 鹿LU 罗LUO 马MA 茂MAO 梅MEI 蒙MENG 明MING 南NAN 宁NING
			磐PAN 平PING 蒲PU 祁QI 千QIAN 青QING 琼QIONG 秋QIU 泉QUAN 仁REN 荣RONG 瑞RUI 三SAN 桑SANG 沙SHA 山SHAN
			上SHANG 韶SHAO 神SHEN 石SHI 寿SHOU 舒SHU 双SHUANG 顺SHUN 松SONG 苏SU 遂SUI 太TAI 潭TAN 桃TAO 天TIAN
			通TONG 万WAN 望WANG 威WEI 文WEN 梧WU 西XI 霞XIA 仙XIAN 湘XIANG 孝XIAO 新XIN 兴XING 秀XIU 宣XUAN 雅YA
			延YAN 阳YANG 耀YAO 宜YI 银YIN 永YONG 攸YOU 玉YU 元YUAN 云YUN 泽ZE 漳ZHANG 昭ZHAO 振ZHEN 正ZHENG 中ZHONG
			洲ZHOU 珠ZHU 紫ZI 遵ZUN""");

	private static final List<Syllable> LATER = syllables("""
			坝BA 滨BIN 城CHENG 川CHUAN 池CHI 店DIAN 岛DAO 渡DU 峰FENG 港GANG 谷GU 关GUAN 海HAI 河HE 湖HU 桦HUA
			江JIANG 涧JIAN 津JIN 井JING 口KOU 林LIN 岭LING 楼LOU 麓LU 门MEN 庙MIAO 南NAN 宁NING 浦PU 坪PING 桥QIAO
			泉QUAN 山SHAN 水SHUI 台TAI 塘TANG 田TIAN 亭TING 屯TUN 湾WAN 溪XI 乡XIANG 阳YANG 源YUAN 州ZHOU 庄ZHUANG
			寨ZHAI 丘QIU 沟GOU 坡PO 野YE 营YING 岩YAN 堡BAO 泊BO 昌CHANG 德DE 嘉JIA 康KANG 乐LE 清QING 仁REN 沙SHA
			松SONG 顺SHUN 武WU 兴XING 秀XIU 义YI 云YUN 中ZHONG 阜FU 陂PI 墩DUN 滩TAN 埠BU 洛LUO 崖YA 湄MEI 渠QU
			浜BANG 岱DAI 梁LIANG 岚LAN 龙LONG 集JI 圩WEI 柏BAI 畈FAN 塔TA 汇HUI 郊JIAO 塞SAI 垌DONG 镇ZHEN 桑SANG""");

	// a first and a later syllable, by their places in the lists
	private final List<int[]> pairs;

	/** The pairs in an order of the seed's, so that two seeds name their cities apart. */
	Places(Dice dice) {
		List<int[]> all = new ArrayList<>();
		for (int first = 0; first < FIRST.size(); first++) {
			for (int second = 0; second < LATER.size(); second++) {
				if (FIRST.get(first).character() != LATER.get(second).character()) {
					all.add(new int[] { first, second });
				}
			}
		}
		dice.shuffle(all);
		this.pairs = List.copyOf(all);
	}

	/**
	 * How many committees can be named: every pair alone, then with every third character
	 * but its second.
	 */
	int capacity() {
		return pairs.size() * LATER.size();
	}

	/** The {@code index}-th place, 0-based, below {@link #capacity()}. */
	Place get(int index) {
		int[] pair = pairs.get(index % pairs.size());
		Syllable first = FIRST.get(pair[0]);
		Syllable second = LATER.get(pair[1]);
		String name = "" + first.character() + second.character();
		String code = first.code() + second.code();
		int round = index / pairs.size();
		if (round == 0) {
			return new Place(name, code);
		}
		// 青山 goes on as 青山桥, 青山湖, … but never 青山山
		Syllable third = LATER.get((round - 1 < pair[1]) ? round - 1 : round);
		return new Place(name + third.character(), code + third.code());
	}

	/** 青山 and QINGSHAN. */
	record Place(String name, String code) {
	}

	private record Syllable(char character, String code) {
	}

	private static List<Syllable> syllables(String text) {
		List<Syllable> syllables = new ArrayList<>();
		for (String token : text.strip().split("\\s+")) {
			syllables.add(new Syllable(token.charAt(0), token.substring(1).toUpperCase(Locale.ROOT)));
		}
		return List.copyOf(syllables);
	}

}
