package org.laborcalc.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;

/**
 * Every figure in the bundled parameter packs, checked against the value written here by hand from
 * the legal texts in shared/legal/texts (and the digest where no text exists), plus the structure
 * the pack format of docs/PARAMETERS.md requires. The packs are read as plain Jackson trees, not
 * through the Java loader, so that this test stands on its own.
 */
class BundledPackFiguresTest {

  private static final String DIR = "/org/laborcalc/packs/";
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** Numbers compare by value (12 equals 12.0); everything else by equals. */
  private static final Comparator<JsonNode> BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  /**
   * One bundled figure as transcribed by hand.
   *
   * @param pack file name
   * @param key parameter key
   * @param region GB/T 2260 code
   * @param from first day in force
   * @param until first day no longer in force, or null
   * @param verification expected label
   * @param warned whether the entry must carry a warning (weak source, unresolved reading)
   * @param value the value as JSON
   */
  record Figure(
      String pack,
      String key,
      String region,
      String from,
      String until,
      Verification verification,
      boolean warned,
      String value) {
    @Override
    public String toString() {
      return key + " " + region + " from " + from;
    }
  }

  private static final String NATIONAL = "cn-national-work-injury.json";
  private static final String FIGURES = "cn-national-figures.json";

  private static Figure national2003(String key, String value) {
    return new Figure(
        NATIONAL, key, "000000", "2004-01-01", "2011-01-01", Verification.SECONDARY, false, value);
  }

  private static Figure national2010(String key, String value) {
    return new Figure(
        NATIONAL, key, "000000", "2011-01-01", null, Verification.PRIMARY, false, value);
  }

  private static Figure leave(String key, String from, String value) {
    return new Figure(
        "cn-national-annual-leave.json",
        key,
        "000000",
        from,
        null,
        Verification.PRIMARY,
        false,
        value);
  }

  private static Figure income(int year, String yuan, boolean warned) {
    return new Figure(
        FIGURES,
        "income.nationalUrbanDisposablePerCapita",
        "000000",
        year + "-01-01",
        (year + 1) + "-01-01",
        Verification.SECONDARY,
        warned,
        "\"" + yuan + "\"");
  }

  // 浙江省工伤保险条例 art. 27 ¶2 (30/25/10/7/4/2 months of the provincial average, both
  // subsidies; employment -20% per year of age inside the last five years), art. 28 (highest
  // grade).
  private static final String ZHEJIANG_TERMINATION =
      """
      {"base": "PROVINCIAL_AVERAGE_MONTHLY_WAGE",
       "medicalMonths":    {"5": 30, "6": 25, "7": 10, "8": 7, "9": 4, "10": 2},
       "employmentMonths": {"5": 30, "6": 25, "7": 10, "8": 7, "9": 4, "10": 2},
       "nearRetirement": {"appliesTo": ["EMPLOYMENT"], "counting": "AGE_IN_COMPLETED_YEARS",
         "windowYears": 5,
         "schedule": [{"yearsLessThan": 6, "percent": 80}, {"yearsLessThan": 5, "percent": 60},
                      {"yearsLessThan": 4, "percent": 40}, {"yearsLessThan": 3, "percent": 20},
                      {"yearsLessThan": 2, "percent": 0}],
         "exceptLabourContractLawArticle38": false},
       "atOrAfterRetirement": {"medical": "UNSPECIFIED", "employment": "UNSPECIFIED"},
       "multipleInjuriesHighestGrade": true}
      """;

  // 浙江省工伤保险条例 art. 34 ¶2: 16/14/12/10 × 全省上年度职工年平均工资; no agreement named.
  private static final String ZHEJIANG_UNINSURED =
      """
      {"base": "PROVINCIAL_ANNUAL_AVERAGE_WAGE", "multiples": {"1": 16, "2": 14, "3": 12, "4": 10},
       "byAgreement": false}
      """;

  // 广东省工伤保险条例 art. 64 ¶2: the 全省 average, or the city's where higher.
  private static final String GUANGDONG_CITY_WHERE_HIGHER =
      """
      {"instrument": "guangdong-gsbx-tiaoli-2019", "article": 64, "paragraph": 2,
       "quote": "用人单位所在地地级以上市职工月平均工资高于全省职工月平均工资的，计算相关工伤保险待遇使用的全省职工月平均工资按照该地级以上市职工月平均工资执行"}
      """;

  private static final String GUANGDONG_AVERAGE =
      "{\"of\": \"PROVINCE\", \"cityWhereHigher\": " + GUANGDONG_CITY_WHERE_HIGHER + "}";

  private static String gd(int article, int paragraph, int item, String quote) {
    return "{\"instrument\": \"guangdong-gsbx-tiaoli-2019\", \"article\": "
        + article
        + (paragraph == 0 ? "" : ", \"paragraph\": " + paragraph)
        + (item == 0 ? "" : ", \"item\": " + item)
        + ", \"quote\": \""
        + quote
        + "\"}";
  }

  // 广东省工伤保险条例 arts. 31, 32 ¶2, 33 (the pre-termination average bounded 60–300% of the 全省 or
  // city average), 63; each part with its article.
  private static final String GUANGDONG_TERMINATION =
      """
      {"base": "OWN_WAGE", "ownWageRaisedToPreTerminationAverage": true,
       "medicalMonths":    {"5": 10, "6": 8, "7": 6, "8": 4, "9": 2, "10": 1},
       "employmentMonths": {"5": 50, "6": 40, "7": 25, "8": 15, "9": 8, "10": 4},
       "atOrAfterRetirement": {"medical": "NOT_PAYABLE", "employment": "NOT_PAYABLE"},
       "multipleInjuriesHighestGrade": null,
       "preTerminationAverageBounds": {"floorPercent": 60, "capPercent": 300, "average": %s},
       "articles": [
         {"part": "MEDICAL", "grades": ["5", "6"], "cite": [%s]},
         {"part": "EMPLOYMENT", "grades": ["5", "6"], "cite": [%s]},
         {"part": "MEDICAL", "grades": ["7", "8", "9", "10"], "cite": [%s]},
         {"part": "EMPLOYMENT", "grades": ["7", "8", "9", "10"], "cite": [%s]},
         {"part": "PRE_TERMINATION_AVERAGE", "cite": [%s]}]}
      """
          .formatted(
              GUANGDONG_AVERAGE,
              gd(31, 1, 1, "五级伤残为十个月的本人工资，六级伤残为八个月的本人工资"),
              gd(31, 1, 2, "五级伤残为五十个月的本人工资，六级伤残为四十个月的本人工资"),
              gd(32, 2, 1, "七级伤残为六个月的本人工资，八级伤残为四个月的本人工资，九级伤残为二个月的本人工资，十级伤残为一个月的本人工资"),
              gd(32, 2, 2, "七级伤残为二十五个月的本人工资，八级伤残为十五个月的本人工资，九级伤残为八个月的本人工资，十级伤残为四个月的本人工资"),
              gd(
                  33,
                  0,
                  0,
                  "本人工资低于工伤职工与用人单位解除或者终止劳动关系前本人十二个月平均月缴费工资的，按照解除或者终止劳动关系前本人十二个月平均月缴费工资为基数计发"));

  // 广东省工伤保险条例 art. 17 ¶3 (four levels by the activities needing care), art. 26 ¶2
  // (60/50/40/30% of the 全省 average, the city's where higher).
  private static final String GUANGDONG_LIVING_CARE =
      """
      {"average": %s, "levels": [
        {"nameZh": "生活自理障碍一级", "activitiesNeedingCare": [5], "percent": 60},
        {"nameZh": "生活自理障碍二级", "activitiesNeedingCare": [4], "percent": 50},
        {"nameZh": "生活自理障碍三级", "activitiesNeedingCare": [3], "percent": 40},
        {"nameZh": "生活自理障碍四级", "activitiesNeedingCare": [1, 2], "percent": 30}]}
      """
          .formatted(GUANGDONG_AVERAGE);

  // Henan art. 27 ¶2, Shandong 2004 and Hebei (digest): -20% per year short of five, 10% under one.
  private static final String REMAINING_FIVE_YEARS =
      """
      {"appliesTo": ["EMPLOYMENT"], "counting": "REMAINING_TIME",
       "schedule": [{"yearsLessThan": 5, "percent": 80}, {"yearsLessThan": 4, "percent": 60},
                    {"yearsLessThan": 3, "percent": 40}, {"yearsLessThan": 2, "percent": 20},
                    {"yearsLessThan": 1, "percent": 10}],
       "exceptLabourContractLawArticle38": false}
      """;

  static List<Figure> figures() {
    List<Figure> f = new ArrayList<>();
    // 劳动法 art. 44 (from 1995-01-01, art. 107); 国务院令第174号 art. 3 (from 1995-05-01, art. 9);
    // 劳社部发〔2008〕3号 一 (the 11-holiday working days, until the 2025 revision [U] after it).
    f.add(
        new Figure(
            "cn-national-worktime.json",
            "overtime.percent",
            "000000",
            "1995-01-01",
            null,
            Verification.PRIMARY,
            false,
            "{\"WEEKDAY\":150,\"REST_DAY\":200,\"HOLIDAY\":300}"));
    f.add(
        new Figure(
            "cn-national-worktime.json",
            "worktime.hoursPerDay",
            "000000",
            "1995-05-01",
            null,
            Verification.PRIMARY,
            false,
            "8"));
    f.add(
        new Figure(
            "cn-national-worktime.json",
            "worktime.standardWorkingDays",
            "000000",
            "2008-01-01",
            "2025-01-01",
            Verification.PRIMARY,
            false,
            "{\"MONTH\":20.83,\"QUARTER\":62.5,\"YEAR\":250}"));
    // 《职工带薪年休假条例》 arts. 3, 4 (in force 2008-01-01, art. 10); 《企业职工带薪年休假实施办法》
    // arts. 5, 10, 12 (from its publication, 2008-09-18 per ARBITRATION.md §4.4).
    f.add(
        leave(
            "annualLeave.daysByBand",
            "2008-01-01",
            "{\"FROM_1_YEAR\":5,\"FROM_10_YEARS\":10,\"FROM_20_YEARS\":15}"));
    f.add(
        leave(
            "annualLeave.sickLeaveMonthsByBand",
            "2008-01-01",
            "{\"FROM_1_YEAR\":2,\"FROM_10_YEARS\":3,\"FROM_20_YEARS\":4}"));
    f.add(leave("annualLeave.paidPersonalLeaveDays", "2008-01-01", "20"));
    f.add(leave("annualLeave.prorationDays", "2008-09-18", "365"));
    f.add(leave("annualLeave.payPercent", "2008-09-18", "300"));
    f.add(leave("annualLeave.alreadyPaidPercent", "2008-09-18", "100"));
    // 劳动合同法 art. 24 ¶2 (from 2008-01-01) and 解释（一） arts. 36 ¶1, 38, 39 ¶2 (from 2021-01-01).
    f.add(
        new Figure(
            "cn-national-non-compete.json",
            "nonCompete.ratePercent",
            "000000",
            "2021-01-01",
            null,
            Verification.PRIMARY,
            false,
            "30"));
    f.add(
        new Figure(
            "cn-national-non-compete.json",
            "nonCompete.maxTermMonths",
            "000000",
            "2008-01-01",
            null,
            Verification.PRIMARY,
            false,
            "24"));
    f.add(
        new Figure(
            "cn-national-non-compete.json",
            "nonCompete.releaseExtraMonths",
            "000000",
            "2021-01-01",
            null,
            Verification.PRIMARY,
            false,
            "3"));
    f.add(
        new Figure(
            "cn-national-non-compete.json",
            "nonCompete.rescissionUnpaidMonths",
            "000000",
            "2021-01-01",
            null,
            Verification.PRIMARY,
            false,
            "3"));
    // 劳动合同法 art. 19 ¶¶1, 3 (PRIMARY), from the day the law took effect (art. 98).
    f.add(
        new Figure(
            "cn-national-probation.json",
            "probation.maxMonths",
            "000000",
            "2008-01-01",
            null,
            Verification.PRIMARY,
            false,
            "{\"FROM_3_MONTHS\":1,\"FROM_1_YEAR\":2,\"FROM_3_YEARS_OR_OPEN_ENDED\":6}"));
    f.add(
        new Figure(
            "cn-national-probation.json",
            "probation.minTermMonths",
            "000000",
            "2008-01-01",
            null,
            Verification.PRIMARY,
            false,
            "3"));
    // 劳部发〔1994〕479号 arts. 3-4 (PRIMARY) and 劳部发〔1995〕309号 art. 59 (reprint only: SECONDARY).
    f.add(
        new Figure(
            "cn-national-sick-leave.json",
            "sickLeave.medicalPeriodMonths",
            "000000",
            "1995-01-01",
            null,
            Verification.PRIMARY,
            false,
            "{\"ACTUAL_UNDER_10_SERVICE_UNDER_5\":3,\"ACTUAL_UNDER_10_SERVICE_FROM_5\":6,"
                + "\"ACTUAL_FROM_10_SERVICE_UNDER_5\":6,\"ACTUAL_FROM_10_SERVICE_FROM_5\":9,"
                + "\"ACTUAL_FROM_10_SERVICE_FROM_10\":12,\"ACTUAL_FROM_10_SERVICE_FROM_15\":18,"
                + "\"ACTUAL_FROM_10_SERVICE_FROM_20\":24}"));
    f.add(
        new Figure(
            "cn-national-sick-leave.json",
            "sickLeave.countingWindowMonths",
            "000000",
            "1995-01-01",
            null,
            Verification.PRIMARY,
            false,
            "{\"3\":6,\"6\":12,\"9\":15,\"12\":18,\"18\":24,\"24\":30}"));
    f.add(
        new Figure(
            "cn-national-sick-leave.json",
            "sickLeave.minimumWageFloorPercent",
            "000000",
            "1995-01-01",
            null,
            Verification.SECONDARY,
            true,
            "80"));
    // 《工伤保险条例》 2003 original (国务院令第375号): arts. 31-35, 37, 61.
    f.add(
        national2003(
            "injury.disabilitySubsidy.months",
            "{\"1\":24,\"2\":22,\"3\":20,\"4\":18,\"5\":16,\"6\":14,\"7\":12,\"8\":10,\"9\":8,\"10\":6}"));
    f.add(
        national2003(
            "injury.disabilityAllowance.percent",
            "{\"1\":90,\"2\":85,\"3\":80,\"4\":75,\"5\":70,\"6\":60}"));
    f.add(national2003("injury.livingCare.percent", "{\"FULL\":50,\"MAJOR\":40,\"PARTIAL\":30}"));
    f.add(national2003("injury.suspension.normalMaxMonths", "12"));
    f.add(national2003("injury.suspension.extensionMaxMonths", "12"));
    f.add(national2003("wage.ownWage.floorPercent", "60"));
    f.add(national2003("wage.ownWage.capPercent", "300"));
    f.add(national2003("death.funeral.months", "6"));
    f.add(national2003("death.oneTimeSubsidy.regionalWageMonthsRange", "{\"min\":48,\"max\":60}"));
    f.add(
        national2003(
            "death.dependantPension.percent",
            "{\"SPOUSE\":40,\"OTHER\":30,\"LONELY_OR_ORPHAN_SUPPLEMENT\":10}"));
    // 《工伤保险条例》 2010 revision (国务院令第586号): arts. 33-37, 39, 64.
    f.add(
        national2010(
            "injury.disabilitySubsidy.months",
            "{\"1\":27,\"2\":25,\"3\":23,\"4\":21,\"5\":18,\"6\":16,\"7\":13,\"8\":11,\"9\":9,\"10\":7}"));
    f.add(
        national2010(
            "injury.disabilityAllowance.percent",
            "{\"1\":90,\"2\":85,\"3\":80,\"4\":75,\"5\":70,\"6\":60}"));
    f.add(national2010("injury.livingCare.percent", "{\"FULL\":50,\"MAJOR\":40,\"PARTIAL\":30}"));
    f.add(national2010("injury.suspension.normalMaxMonths", "12"));
    f.add(national2010("injury.suspension.extensionMaxMonths", "12"));
    // Art. 17 ¶1: "自事故伤害发生之日……起30日内".
    f.add(national2010("injury.recognition.employerApplicationDays", "30"));
    f.add(national2010("wage.ownWage.floorPercent", "60"));
    f.add(national2010("wage.ownWage.capPercent", "300"));
    f.add(national2010("death.funeral.months", "6"));
    f.add(national2010("death.oneTimeSubsidy.incomeMultiplier", "20"));
    // art. 41: 从事故发生当月起3个月内照发工资 … 可以预支一次性工亡补助金的50%
    f.add(national2010("death.missing.wageMonths", "3"));
    f.add(national2010("death.missing.deathSubsidyAdvancePercent", "50"));
    f.add(
        national2010(
            "death.dependantPension.percent",
            "{\"SPOUSE\":40,\"OTHER\":30,\"LONELY_OR_ORPHAN_SUPPLEMENT\":10}"));
    // 人社部令第9号 (《非法用工单位伤亡人员一次性赔偿办法》, in force 2011-01-01): art. 5 ¶1 “一级伤残的为赔偿基数的16倍……
    // 十级伤残的为赔偿基数的1倍”; art. 6 “……的20倍支付一次性赔偿金，并按照……的10倍一次性支付丧葬补助等其他赔偿金”.
    String illegal = "cn-national-illegal-employment.json";
    f.add(
        new Figure(
            illegal,
            "illegalEmployer.disabilityMultiples",
            "000000",
            "2011-01-01",
            null,
            Verification.PRIMARY,
            false,
            "{\"1\":16,\"2\":14,\"3\":12,\"4\":10,\"5\":8,\"6\":6,\"7\":4,\"8\":3,\"9\":2,\"10\":1}"));
    f.add(
        new Figure(
            illegal,
            "illegalEmployer.death.incomeMultiple",
            "000000",
            "2011-01-01",
            null,
            Verification.PRIMARY,
            false,
            "20"));
    f.add(
        new Figure(
            illegal,
            "illegalEmployer.death.funeralMultiple",
            "000000",
            "2011-01-01",
            null,
            Verification.PRIMARY,
            false,
            "10"));
    // Pay days per month: 劳社部发〔2000〕8号 (digest 1c), 劳社部发〔2008〕3号 section 二.
    f.add(
        new Figure(
            FIGURES,
            "wage.payDaysPerMonth",
            "000000",
            "2000-03-17",
            "2008-01-01",
            Verification.SECONDARY,
            false,
            "20.92"));
    f.add(
        new Figure(
            FIGURES,
            "wage.payDaysPerMonth",
            "000000",
            "2008-01-01",
            null,
            Verification.PRIMARY,
            false,
            "21.75"));
    // NBS 城镇居民人均可支配收入 as reprinted (texts/secondary/全国城镇居民人均可支配收入2015-2025.md).
    f.add(income(2015, "31195.00", false));
    f.add(income(2016, "33616.00", false));
    f.add(income(2017, "36396.00", false));
    f.add(income(2018, "39251.00", false));
    f.add(income(2019, "42359.00", false));
    f.add(income(2020, "43834.00", false));
    f.add(income(2021, "47412.00", false));
    f.add(income(2022, "49283.00", false));
    f.add(income(2023, "51821.00", false));
    f.add(income(2024, "54188.00", false));
    f.add(income(2025, "56502.00", true));
    // Zhejiang: 2017 text not held (2018-01-01 to 2020-09-24, warned), then the 2020 text.
    String zj = "cn-zhejiang-work-injury.json";
    for (String[] period :
        new String[][] {
          {"2018-01-01", "2020-09-24", "SECONDARY"}, {"2020-09-24", null, "PRIMARY"}
        }) {
      Verification v = Verification.valueOf(period[2]);
      boolean old = v == Verification.SECONDARY;
      f.add(
          new Figure(
              zj,
              "injury.terminationSubsidies",
              "330000",
              period[0],
              period[1],
              v,
              true,
              ZHEJIANG_TERMINATION));
      f.add(
          new Figure(
              zj,
              "injury.uninsuredLumpSum",
              "330000",
              period[0],
              period[1],
              v,
              old,
              ZHEJIANG_UNINSURED));
      // art. 35 ¶2: 计算到十八周岁；二十周年，超过六十周岁的每增加一周岁减少一年，七十五周岁以上五年.
      f.add(
          new Figure(
              zj,
              "injury.uninsuredLumpSum.dependantPensions",
              "330000",
              period[0],
              period[1],
              v,
              old,
              """
              {"standard": "PERIODS", "minorsUntilAge": 18, "years": 20, "reducedAfterAge": 60,
               "minimumYears": 5, "byAgreement": false}
              """));
      // art. 24 ¶1: 当地最低工资百分之三十五.
      f.add(
          new Figure(
              zj,
              "injury.hospitalFood.minimumWagePercent",
              "330000",
              period[0],
              period[1],
              v,
              true,
              "35"));
    }
    // art. 26 ¶2: 由工伤保险基金继续按月发放伤残津贴，职工个人养老金账户金额……按月冲抵到伤残津贴.
    f.add(
        new Figure(
            zj,
            "injury.disabilityAllowance.withoutPensionAfterRetirement",
            "330000",
            "2020-09-24",
            null,
            Verification.PRIMARY,
            false,
            "{\"accountOffset\": true}"));
    // Guangdong art. 29: 按照全省上年度职工月平均工资为基数发给六个月的安家补助费; 2011 text not held, not shipped.
    f.add(
        new Figure(
            "cn-guangdong-work-injury.json",
            "injury.resettlementGrant.provincialWageMonths",
            "440000",
            "2019-07-01",
            null,
            Verification.PRIMARY,
            false,
            "6"));
    // art. 25: 月护理费……不低于上年度全省职工月平均工资 = 100%; the 2017 text is not held, not shipped.
    f.add(
        new Figure(
            zj,
            "injury.suspensionCare.relativesMinimumPercent",
            "330000",
            "2020-09-24",
            null,
            Verification.PRIMARY,
            false,
            "100"));
    // Henan art. 27: 16/14/12/10/8/6 and 56/46/36/26/16/6, disease +30%; art. 29: 54 months.
    // Warned: the 2007 text is the one held, a later revision unconfirmed (README 2, issue 22 §5).
    f.add(
        new Figure(
            "cn-henan-work-injury.json",
            "injury.terminationSubsidies",
            "410000",
            "2007-10-01",
            null,
            Verification.PRIMARY,
            true,
            """
            {"base": "REGIONAL_AVERAGE_MONTHLY_WAGE",
             "medicalMonths":    {"5": 16, "6": 14, "7": 12, "8": 10, "9": 8, "10": 6},
             "employmentMonths": {"5": 56, "6": 46, "7": 36, "8": 26, "9": 16, "10": 6},
             "occupationalDiseaseMedicalUpliftPercent": 30,
             "nearRetirement": %s,
             "atOrAfterRetirement": {"medical": "UNSPECIFIED", "employment": "UNSPECIFIED"},
             "multipleInjuriesHighestGrade": null}
            """
                .formatted(REMAINING_FIVE_YEARS)));
    f.add(
        new Figure(
            "cn-henan-work-injury.json",
            "death.oneTimeSubsidy.regionalWageMonths",
            "410000",
            "2007-10-01",
            "2011-01-01",
            Verification.PRIMARY,
            false,
            "54"));
    f.add(
        new Figure(
            "cn-henan-work-injury.json",
            "death.oneTimeSubsidy.regionalWageMonthsRescueOrRighteousAct",
            "410000",
            "2007-10-01",
            "2011-01-01",
            Verification.PRIMARY,
            false,
            "60"));
    // Art. 30 ¶1: 长期待遇自劳动能力鉴定结论作出的次月起支付；供养亲属抚恤金自职工死亡的次月起支付
    f.add(
        new Figure(
            "cn-henan-work-injury.json",
            "injury.monthlyBenefits.start",
            "410000",
            "2007-10-01",
            null,
            Verification.PRIMARY,
            true, // the 2007 text, a later revision unconfirmed
            "{\"fromNextMonth\": true}"));
    // Guangdong: 2011 text not held (2012-01-01 to 2019-07-01, warned), then the 2019 text.
    f.add(
        new Figure(
            "cn-guangdong-work-injury.json",
            "injury.terminationSubsidies",
            "440000",
            "2012-01-01",
            "2019-07-01",
            Verification.SECONDARY,
            true,
            GUANGDONG_TERMINATION));
    f.add(
        new Figure(
            "cn-guangdong-work-injury.json",
            "injury.terminationSubsidies",
            "440000",
            "2019-07-01",
            null,
            Verification.PRIMARY,
            false,
            GUANGDONG_TERMINATION));
    // Guangdong arts. 64 ¶1 (一) and ¶2 (本人工资 on the 全省 or city average, 60–300%), 17 ¶3 and 26
    // (living care), 35 ¶1 (一) (funeral grant on that average), 25 ¶1 (suspension at most 24
    // months, no separate extension); the 2011 text not held before 2019-07-01 (warned).
    for (boolean older : List.of(true, false)) {
      String from = older ? "2012-01-01" : "2019-07-01";
      String until = older ? "2019-07-01" : null;
      Verification label = older ? Verification.SECONDARY : Verification.PRIMARY;
      for (String[] kv :
          List.of(
              new String[] {"wage.ownWage.referenceAverage", GUANGDONG_AVERAGE},
              new String[] {"wage.ownWage.floorPercent", "60"},
              new String[] {"wage.ownWage.capPercent", "300"},
              new String[] {"injury.livingCare.scale", GUANGDONG_LIVING_CARE},
              new String[] {"death.funeral.referenceAverage", GUANGDONG_AVERAGE},
              new String[] {"injury.suspension.normalMaxMonths", "24"},
              new String[] {"injury.suspension.extensionMaxMonths", "0"},
              // Art. 28 ¶1 (二): 伤残退休 (a grade 1–4 worker ends the relation), allowance until death.
              new String[] {
                "injury.disabilityAllowance.disabilityRetirement", "{\"allowanceUntilDeath\": true}"
              })) {
        f.add(
            new Figure(
                "cn-guangdong-work-injury.json",
                kv[0],
                "440000",
                from,
                until,
                label,
                older,
                kv[1]));
      }
    }
    // Costs before a late application for 工伤认定: from the injury — Guangdong art. 12 ¶3 and Zhejiang
    // art. 13 ¶2 (the day of the application not included; earlier texts not held, warned),
    // Sichuan art. 15 ¶3 (to the day it is received, included).
    String beforeApplication =
        "{\"employerBearsFrom\": \"INJURY_DATE\", \"filingDayIncluded\": false}";
    String toReceipt = "{\"employerBearsFrom\": \"INJURY_DATE\", \"filingDayIncluded\": true}";
    String lateFiling = "injury.recognition.lateFilingCosts";
    f.add(
        new Figure(
            "cn-guangdong-work-injury.json",
            lateFiling,
            "440000",
            "2012-01-01",
            "2019-07-01",
            Verification.SECONDARY,
            true,
            beforeApplication));
    f.add(
        new Figure(
            "cn-guangdong-work-injury.json",
            lateFiling,
            "440000",
            "2019-07-01",
            null,
            Verification.PRIMARY,
            false,
            beforeApplication));
    f.add(
        new Figure(
            "cn-zhejiang-work-injury.json",
            lateFiling,
            "330000",
            "2018-01-01",
            "2020-09-24",
            Verification.SECONDARY,
            true,
            beforeApplication));
    f.add(
        new Figure(
            "cn-zhejiang-work-injury.json",
            lateFiling,
            "330000",
            "2020-09-24",
            null,
            Verification.PRIMARY,
            false,
            beforeApplication));
    f.add(
        new Figure(
            "cn-sichuan-work-injury.json",
            lateFiling,
            "510000",
            "2020-09-01",
            null,
            Verification.PRIMARY,
            false,
            toReceipt));
    // An under-declared base: the employer pays the difference — Guangdong art. 56 (2019 text;
    // earlier text not held), Zhejiang art. 33 (2020 text; 2017 text not held), Henan art. 33.
    String difference = "{\"employerPaysDifference\": true}";
    f.add(
        new Figure(
            "cn-guangdong-work-injury.json",
            "injury.underDeclaredBase",
            "440000",
            "2012-01-01",
            "2019-07-01",
            Verification.SECONDARY,
            true,
            difference));
    f.add(
        new Figure(
            "cn-guangdong-work-injury.json",
            "injury.underDeclaredBase",
            "440000",
            "2019-07-01",
            null,
            Verification.PRIMARY,
            false,
            difference));
    f.add(
        new Figure(
            "cn-zhejiang-work-injury.json",
            "injury.underDeclaredBase",
            "330000",
            "2018-01-01",
            "2020-09-24",
            Verification.SECONDARY,
            true,
            difference));
    f.add(
        new Figure(
            "cn-zhejiang-work-injury.json",
            "injury.underDeclaredBase",
            "330000",
            "2020-09-24",
            null,
            Verification.PRIMARY,
            false,
            difference));
    f.add(
        new Figure(
            "cn-henan-work-injury.json",
            "injury.underDeclaredBase",
            "410000",
            "2007-10-01",
            null,
            Verification.PRIMARY,
            false,
            difference));
    // Sichuan art. 33 ¶2: 16/14/12/10 × 全省城镇全部单位就业人员年平均工资, by agreement.
    f.add(
        new Figure(
            "cn-sichuan-work-injury.json",
            "injury.uninsuredLumpSum",
            "510000",
            "2020-09-01",
            null,
            Verification.PRIMARY,
            false,
            """
            {"base": "PROVINCIAL_URBAN_ALL_UNITS_ANNUAL_AVERAGE_WAGE",
             "multiples": {"1": 16, "2": 14, "3": 12, "4": 10}, "byAgreement": true}
            """));
    // Sichuan art. 36 ¶2: by agreement, 具体标准由省人民政府规定 (not held).
    f.add(
        new Figure(
            "cn-sichuan-work-injury.json",
            "injury.uninsuredLumpSum.dependantPensions",
            "510000",
            "2020-09-01",
            null,
            Verification.PRIMARY,
            false,
            """
            {"standard": "DELEGATED", "byAgreement": true}
            """));
    // Shandong (digest, [S]): 鲁政发〔2003〕107号 art. 18, then the 2011 measures art. 25.
    f.add(
        new Figure(
            "cn-shandong-work-injury.json",
            "injury.terminationSubsidies",
            "370000",
            "2004-01-01",
            "2011-01-01",
            Verification.SECONDARY,
            false,
            """
            {"base": "REGIONAL_AVERAGE_MONTHLY_WAGE",
             "medicalMonths":    {"5": 20, "6": 18, "7": 16, "8": 14, "9": 12, "10": 10},
             "employmentMonths": {"5": 35, "6": 30, "7": 25, "8": 20, "9": 15, "10": 10},
             "nearRetirement": %s,
             "atOrAfterRetirement": {"medical": "NOT_PAYABLE", "employment": "NOT_PAYABLE"},
             "multipleInjuriesHighestGrade": null}
            """
                .formatted(REMAINING_FIVE_YEARS)));
    f.add(
        new Figure(
            "cn-shandong-work-injury.json",
            "injury.terminationSubsidies",
            "370000",
            "2011-01-01",
            null,
            Verification.SECONDARY,
            true,
            """
            {"base": "REGIONAL_AVERAGE_MONTHLY_WAGE",
             "medicalMonths":    {"5": 22, "6": 18, "7": 13, "8": 10, "9": 7, "10": 4},
             "employmentMonths": {"5": 36, "6": 30, "7": 20, "8": 16, "9": 12, "10": 8},
             "occupationalDiseaseMedicalUpliftPercent": 50,
             "atOrAfterRetirement": {"medical": "NOT_PAYABLE", "employment": "UNSPECIFIED"},
             "nearRetirementUnconfirmed": true,
             "multipleInjuriesHighestGrade": null}
            """));
    // Jiangsu (digest, [S]): 省政府令第103号, yuan; disease +40%; near-retirement rule withheld.
    f.add(
        new Figure(
            "cn-jiangsu-work-injury.json",
            "injury.terminationSubsidies",
            "320000",
            "2015-06-01",
            null,
            Verification.SECONDARY,
            true,
            """
            {"base": "FIXED_AMOUNT",
             "medicalAmounts": {"5": "200000.00", "6": "160000.00", "7": "120000.00",
                                "8": "80000.00", "9": "50000.00", "10": "30000.00"},
             "employmentAmounts": {"5": "95000.00", "6": "85000.00", "7": "45000.00",
                                   "8": "35000.00", "9": "25000.00", "10": "15000.00"},
             "occupationalDiseaseMedicalUpliftPercent": 40,
             "atOrAfterRetirement": {"medical": "NOT_PAYABLE", "employment": "NOT_PAYABLE"},
             "multipleInjuriesHighestGrade": null}
            """));
    // Hebei (digest, [S]): 省政府令〔2004〕第7号 art. 33.
    f.add(
        new Figure(
            "cn-hebei-work-injury.json",
            "injury.terminationSubsidies",
            "130000",
            "2004-01-01",
            null,
            Verification.SECONDARY,
            true, // effective date, transition and a later text unconfirmed (issue 22 §6)
            """
            {"base": "REGIONAL_AVERAGE_MONTHLY_WAGE",
             "medicalMonths":    {"5": 44, "6": 38, "7": 26, "8": 20, "9": 14, "10": 8},
             "employmentMonths": {"5": 22, "6": 16, "7": 10, "8": 8, "9": 6, "10": 4},
             "nearRetirement": %s,
             "atOrAfterRetirement": {"medical": "NOT_PAYABLE", "employment": "NOT_PAYABLE"},
             "multipleInjuriesHighestGrade": null}
            """
                .formatted(REMAINING_FIVE_YEARS)));
    // Hubei (digest, [S]): employment months only, the medical months are disputed [U].
    f.add(
        new Figure(
            "cn-hubei-work-injury.json",
            "injury.terminationSubsidies",
            "420000",
            "2011-01-01",
            null,
            Verification.SECONDARY,
            true,
            """
            {"base": "REGIONAL_AVERAGE_MONTHLY_WAGE",
             "employmentMonths": {"5": 34, "6": 28, "7": 20, "8": 16, "9": 12, "10": 8},
             "nearRetirement": %s,
             "atOrAfterRetirement": {"medical": "UNSPECIFIED", "employment": "UNSPECIFIED"},
             "multipleInjuriesHighestGrade": null}
            """
                .formatted(REMAINING_FIVE_YEARS)));
    // Monthly minimum wages as the reports quoted in cn-minimum-wages.json give them (each value
    // and date read there; docs/REFERENCE-FIGURES.md): Shanghai 2,420 from 2018-04-01, 2,480 from
    // 2019-04-01, 2,590 from 2021-07-01, 2,690 from 2023-07-01, 2,740 from 2025-07-01; Beijing
    // 2,120 from 2018-09-01, 2,200 from 2019-07-01, 2,320 from 2021-08-01, 2,420 from 2023-09-01,
    // 2,540 from 2025-09-01. The latest of each is warned (a later adjustment is not checked).
    String[][] minimumWages = {
      {"310000", "2018-04-01", "2019-04-01", "2420.00"},
      {"310000", "2019-04-01", "2021-07-01", "2480.00"},
      {"310000", "2021-07-01", "2023-07-01", "2590.00"},
      {"310000", "2023-07-01", "2025-07-01", "2690.00"},
      {"310000", "2025-07-01", null, "2740.00"},
      {"110000", "2018-09-01", "2019-07-01", "2120.00"},
      {"110000", "2019-07-01", "2021-08-01", "2200.00"},
      {"110000", "2021-08-01", "2023-09-01", "2320.00"},
      {"110000", "2023-09-01", "2025-09-01", "2420.00"},
      {"110000", "2025-09-01", null, "2540.00"},
      // Guangdong, 粤府函〔2018〕187号 from 2018-07-01 (table reprinted by the HKSAR office): 一类
      // 广州 2,100 and 深圳 2,200; 二类 1,720 珠海、佛山、东莞、中山; 三类 1,550 汕头、惠州、江门、肇庆; 四类
      // 1,410 韶关、河源、梅州、汕尾、阳江、湛江、茂名、清远、潮州、揭阳、云浮 — until the 2021 notice.
      {"440100", "2018-07-01", "2021-12-01", "2100.00"},
      {"440300", "2018-07-01", "2021-12-01", "2200.00"},
      {"440400", "2018-07-01", "2021-12-01", "1720.00"},
      {"440600", "2018-07-01", "2021-12-01", "1720.00"},
      {"441900", "2018-07-01", "2021-12-01", "1720.00"},
      {"442000", "2018-07-01", "2021-12-01", "1720.00"},
      {"440500", "2018-07-01", "2021-12-01", "1550.00"},
      {"441300", "2018-07-01", "2021-12-01", "1550.00"},
      {"440700", "2018-07-01", "2021-12-01", "1550.00"},
      {"441200", "2018-07-01", "2021-12-01", "1550.00"},
      {"440800", "2018-07-01", "2021-12-01", "1410.00"},
      {"440200", "2018-07-01", "2021-12-01", "1410.00"},
      {"441600", "2018-07-01", "2021-12-01", "1410.00"},
      {"441400", "2018-07-01", "2021-12-01", "1410.00"},
      {"441500", "2018-07-01", "2021-12-01", "1410.00"},
      {"441700", "2018-07-01", "2021-12-01", "1410.00"},
      {"440900", "2018-07-01", "2021-12-01", "1410.00"},
      {"441800", "2018-07-01", "2021-12-01", "1410.00"},
      {"445100", "2018-07-01", "2021-12-01", "1410.00"},
      {"445200", "2018-07-01", "2021-12-01", "1410.00"},
      {"445300", "2018-07-01", "2021-12-01", "1410.00"},
      // Guangdong from 2021-12-01 (南方日报 2021-11-27): 广州 2,300; 二类 1,900 珠海、佛山、东莞、中山;
      // 三类 1,720 汕头、惠州、江门、湛江 (moved up from 四类)、肇庆; 四类 1,620 the other ten. Shenzhen's 2021
      // standard is not bundled. The latest of each is warned.
      {"440100", "2021-12-01", null, "2300.00"},
      {"440400", "2021-12-01", null, "1900.00"},
      {"440600", "2021-12-01", null, "1900.00"},
      {"441900", "2021-12-01", null, "1900.00"},
      {"442000", "2021-12-01", null, "1900.00"},
      {"440500", "2021-12-01", null, "1720.00"},
      {"441300", "2021-12-01", null, "1720.00"},
      {"440700", "2021-12-01", null, "1720.00"},
      {"441200", "2021-12-01", null, "1720.00"},
      {"440800", "2021-12-01", null, "1720.00"},
      {"440200", "2021-12-01", null, "1620.00"},
      {"441600", "2021-12-01", null, "1620.00"},
      {"441400", "2021-12-01", null, "1620.00"},
      {"441500", "2021-12-01", null, "1620.00"},
      {"441700", "2021-12-01", null, "1620.00"},
      {"440900", "2021-12-01", null, "1620.00"},
      {"441800", "2021-12-01", null, "1620.00"},
      {"445100", "2021-12-01", null, "1620.00"},
      {"445200", "2021-12-01", null, "1620.00"},
      {"445300", "2021-12-01", null, "1620.00"},
      // Zhoushan, 舟政发〔2021〕15号: 2,070 for the whole city from 2021-09-15 (the weeks from 2021-08-01
      // it also
      // covers are not bundled), until Zhejiang’s
      // 2024 notice took effect (2024-01-01).
      {"330900", "2021-09-15", "2024-01-01", "2070.00"}
    };
    for (String[] m : minimumWages) {
      f.add(
          new Figure(
              "cn-minimum-wages.json",
              "wage.minimumMonthly",
              m[0],
              m[1],
              m[2],
              Verification.SECONDARY,
              m[2] == null,
              "\"" + m[3] + "\""));
    }
    return f;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("figures")
  void bundledFigureIsTheOneReadInTheLaw(Figure expected) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode e : read(expected.pack()).get("entries")) {
      if (e.get("key").asText().equals(expected.key())
          && e.get("region").asText().equals(expected.region())
          && e.get("from").asText().equals(expected.from())) {
        found.add(e);
      }
    }
    assertThat(found).as("entries for %s in %s", expected, expected.pack()).hasSize(1);
    JsonNode entry = found.get(0);
    JsonNode until = entry.get("until");
    assertThat(until == null || until.isNull() ? null : until.asText())
        .as("until of %s", expected)
        .isEqualTo(expected.until());
    assertThat(entry.get("verification").asText())
        .as("verification of %s", expected)
        .isEqualTo(expected.verification().name());
    assertThat(entry.has("warning")).as("warning on %s", expected).isEqualTo(expected.warned());
    JsonNode want = parse(expected.value());
    JsonNode got = entry.get("value");
    if (!want.equals(BY_VALUE, got)) {
      fail("value of %s%n expected %s%n but was %s", expected, want, got);
    }
  }

  @Test
  void everyBundledEntryHasAHandWrittenFigure() {
    Set<String> expected = new HashSet<>();
    for (Figure f : figures()) {
      assertThat(expected.add(id(f.pack(), f.key(), f.region(), f.from())))
          .as("duplicate row %s", f)
          .isTrue();
    }
    Set<String> bundled = new TreeSet<>();
    for (String pack : indexedPacks()) {
      for (JsonNode e : read(pack).get("entries")) {
        bundled.add(
            id(pack, e.get("key").asText(), e.get("region").asText(), e.get("from").asText()));
      }
    }
    assertThat(bundled).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void indexListsEveryPackFileInTheFolderAndNothingElse() throws IOException, URISyntaxException {
    URL index = BundledPackFiguresTest.class.getResource(DIR + "index.json");
    assertThat(index).as("index.json on the classpath").isNotNull();
    Path dir = Path.of(index.toURI()).getParent();
    Set<String> files;
    try (Stream<Path> s = Files.list(dir)) {
      files =
          s.map(p -> p.getFileName().toString())
              .filter(n -> !n.equals("index.json"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    List<String> listed = indexedPacks();
    assertThat(listed).doesNotHaveDuplicates();
    assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
    assertThat(files).allMatch(n -> n.endsWith(".json"), "every pack is a .json file");
  }

  @Test
  void packsAreNamedAfterTheirFileAndUseOnlyDocumentedFields() {
    Set<String> entryFields =
        Set.of(
            "key",
            "region",
            "from",
            "until",
            "value",
            "verification",
            "citations",
            "knownSince",
            "note",
            "warning");
    for (String pack : indexedPacks()) {
      JsonNode root = read(pack);
      assertThat(fieldNames(root)).as(pack).containsExactlyInAnyOrder("pack", "title", "entries");
      assertThat(root.get("pack").asText() + ".json").isEqualTo(pack);
      assertThat(root.get("title").asText()).isNotBlank();
      assertThat(root.get("entries").isArray()).isTrue();
      assertThat(root.get("entries")).as(pack).isNotEmpty();
      for (JsonNode e : root.get("entries")) {
        String where = pack + " " + e.get("key") + " " + e.get("region") + " " + e.get("from");
        assertThat(entryFields).as(where).containsAll(fieldNames(e));
        assertThat(e.get("region").asText()).as(where).matches("[0-9]{6}");
        assertThat(e.get("verification").asText())
            .as(where)
            .isIn(Verification.PRIMARY.name(), Verification.SECONDARY.name());
        if (e.has("note")) {
          assertThat(e.get("note").asText()).as(where).isNotBlank();
        }
        if (e.has("warning")) {
          JsonNode w = e.get("warning");
          assertThat(fieldNames(w)).as(where).containsExactlyInAnyOrder("zh", "en");
          assertThat(w.get("zh").asText()).as(where).isNotBlank();
          assertThat(w.get("en").asText()).as(where).isNotBlank();
        }
      }
    }
  }

  @Test
  void everyEntryCitesAtLeastOneKnownInstrumentWithAQuoteWhereTheTextIsHeld() {
    Set<String> citationFields = Set.of("instrument", "article", "paragraph", "item", "quote");
    for (String pack : indexedPacks()) {
      for (JsonNode e : read(pack).get("entries")) {
        String where = pack + " " + e.get("key") + " " + e.get("from");
        JsonNode citations = e.get("citations");
        assertThat(citations).as(where).isNotNull();
        assertThat(citations.isArray() && citations.size() >= 1).as(where).isTrue();
        boolean citesPrimary = false;
        for (JsonNode c : citations) {
          assertThat(citationFields).as(where).containsAll(fieldNames(c));
          String id = c.get("instrument").asText();
          assertThat(Instruments.find(id)).as("instrument %s cited in %s", id, where).isPresent();
          Instrument instrument = Instruments.get(id);
          String quote = c.has("quote") ? c.get("quote").asText() : null;
          // The core Citation enforces article/paragraph/item consistency.
          new Citation(
              instrument,
              number(c, "article"),
              number(c, "paragraph"),
              number(c, "item"),
              quote,
              null);
          String source = instrument.source();
          if (source != null && source.startsWith("texts/")) {
            assertThat(quote).as("quote from %s in %s", id, where).isNotBlank();
          }
          citesPrimary |= instrument.verification() == Verification.PRIMARY;
        }
        if (e.get("verification").asText().equals("PRIMARY")) {
          assertThat(citesPrimary)
              .as("a PRIMARY entry cites a PRIMARY instrument: %s", where)
              .isTrue();
        }
      }
    }
  }

  @Test
  void datesParseAndEachRangeStartsBeforeItEnds() {
    for (String pack : indexedPacks()) {
      for (JsonNode e : read(pack).get("entries")) {
        String where = pack + " " + e.get("key") + " " + e.get("from");
        LocalDate from = LocalDate.parse(e.get("from").asText());
        JsonNode until = e.get("until");
        assertThat(until).as("until is present (null = in force): %s", where).isNotNull();
        if (!until.isNull()) {
          assertThat(from).as(where).isBefore(LocalDate.parse(until.asText()));
        }
        if (e.has("knownSince")) {
          LocalDate.parse(e.get("knownSince").asText());
        }
      }
    }
  }

  @Test
  void noTwoEntriesOfOneKeyAndRegionOverlap() {
    Map<String, List<LocalDate[]>> all = new LinkedHashMap<>();
    for (String pack : indexedPacks()) {
      Map<String, List<LocalDate[]>> inPack = new LinkedHashMap<>();
      for (JsonNode e : read(pack).get("entries")) {
        String k = e.get("key").asText() + "@" + e.get("region").asText();
        LocalDate from = LocalDate.parse(e.get("from").asText());
        LocalDate until =
            e.get("until").isNull() ? LocalDate.MAX : LocalDate.parse(e.get("until").asText());
        LocalDate[] range = {from, until};
        for (Map<String, List<LocalDate[]>> scope : List.of(inPack, all)) {
          for (LocalDate[] other : scope.getOrDefault(k, List.of())) {
            assertThat(from.isBefore(other[1]) && other[0].isBefore(until))
                .as("%s [%s, %s) overlaps [%s, %s) (%s)", k, from, until, other[0], other[1], pack)
                .isFalse();
          }
        }
        inPack.computeIfAbsent(k, x -> new ArrayList<>()).add(range);
        all.computeIfAbsent(k, x -> new ArrayList<>()).add(range);
      }
    }
  }

  @Test
  void tablesHoldExactlyTheKeysTheirKeyDefines() {
    for (String pack : indexedPacks()) {
      for (JsonNode e : read(pack).get("entries")) {
        String key = e.get("key").asText();
        String where = pack + " " + key + " " + e.get("region") + " " + e.get("from");
        JsonNode v = e.get("value");
        switch (key) {
          case "injury.disabilitySubsidy.months", "illegalEmployer.disabilityMultiples" ->
              assertNumberTable(v, grades(1, 10), where);
          case "injury.disabilityAllowance.percent" -> assertNumberTable(v, grades(1, 6), where);
          case "injury.livingCare.percent" ->
              assertNumberTable(v, List.of("FULL", "MAJOR", "PARTIAL"), where);
          case "death.dependantPension.percent" ->
              assertNumberTable(
                  v, List.of("SPOUSE", "OTHER", "LONELY_OR_ORPHAN_SUPPLEMENT"), where);
          case "death.oneTimeSubsidy.regionalWageMonthsRange" ->
              assertNumberTable(v, List.of("min", "max"), where);
          case "injury.terminationSubsidies" -> assertTermination(v, where);
          case "injury.uninsuredLumpSum" -> assertUninsured(v, where);
          case "wage.ownWage.referenceAverage", "death.funeral.referenceAverage" ->
              assertThat(v.get("of").asText()).as(where).isIn("POOLING_AREA", "PROVINCE");
          case "injury.disabilityAllowance.disabilityRetirement" ->
              assertThat(v.get("allowanceUntilDeath").isBoolean()).as(where).isTrue();
          case "injury.disabilityAllowance.withoutPensionAfterRetirement" ->
              assertThat(v.get("accountOffset").isBoolean()).as(where).isTrue();
          case "injury.monthlyBenefits.start" ->
              assertThat(v.get("fromNextMonth").isBoolean()).as(where).isTrue();
          case "injury.recognition.lateFilingCosts" ->
              assertThat(v.get("employerBearsFrom").asText())
                  .as(where)
                  .isIn("INJURY_DATE", "END_OF_TIME_LIMIT");
          case "injury.livingCare.scale" ->
              assertThat(v.get("levels").isArray()).as(where).isTrue();
          case "injury.uninsuredLumpSum.dependantPensions" ->
              assertThat(v.get("standard").asText()).as(where).isIn("PERIODS", "DELEGATED");
          case "injury.underDeclaredBase" ->
              assertThat(v.get("employerPaysDifference").isBoolean()).as(where).isTrue();
          case "income.nationalUrbanDisposablePerCapita", "wage.minimumMonthly" ->
              assertMoney(v, where);
          case "overtime.percent" ->
              assertNumberTable(v, List.of("WEEKDAY", "REST_DAY", "HOLIDAY"), where);
          case "worktime.standardWorkingDays" ->
              assertNumberTable(v, List.of("MONTH", "QUARTER", "YEAR"), where);
          case "probation.maxMonths" ->
              assertNumberTable(v, org.laborcalc.probation.ProbationKeys.BANDS, where);
          case "sickLeave.medicalPeriodMonths" ->
              assertNumberTable(v, org.laborcalc.sickleave.SickLeaveKeys.TIERS, where);
          case "sickLeave.countingWindowMonths" ->
              assertNumberTable(v, org.laborcalc.sickleave.SickLeaveKeys.PERIODS, where);
          case "annualLeave.daysByBand", "annualLeave.sickLeaveMonthsByBand" ->
              assertNumberTable(v, List.of("FROM_1_YEAR", "FROM_10_YEARS", "FROM_20_YEARS"), where);
          case "injury.suspension.normalMaxMonths",
              "injury.suspension.extensionMaxMonths",
              "injury.recognition.employerApplicationDays",
              "wage.ownWage.floorPercent",
              "wage.ownWage.capPercent",
              "wage.payDaysPerMonth",
              "annualLeave.paidPersonalLeaveDays",
              "worktime.hoursPerDay",
              "annualLeave.prorationDays",
              "annualLeave.payPercent",
              "annualLeave.alreadyPaidPercent",
              "sickLeave.minimumWageFloorPercent",
              "probation.minTermMonths",
              "nonCompete.ratePercent",
              "nonCompete.maxTermMonths",
              "nonCompete.releaseExtraMonths",
              "nonCompete.rescissionUnpaidMonths",
              "death.funeral.months",
              "death.oneTimeSubsidy.incomeMultiplier",
              "death.oneTimeSubsidy.regionalWageMonths",
              "death.oneTimeSubsidy.regionalWageMonthsRescueOrRighteousAct",
              "death.missing.wageMonths",
              "death.missing.deathSubsidyAdvancePercent",
              "injury.hospitalFood.minimumWagePercent",
              "injury.suspensionCare.relativesMinimumPercent",
              "injury.resettlementGrant.provincialWageMonths",
              "illegalEmployer.death.incomeMultiple",
              "illegalEmployer.death.funeralMultiple" ->
              assertThat(v.isNumber()).as("NUMBER %s", where).isTrue();
          default -> fail("key not in docs/PARAMETERS.md: %s", where);
        }
      }
    }
  }

  private static void assertTermination(JsonNode v, String where) {
    assertThat(
            Set.of(
                "base",
                "medicalMonths",
                "employmentMonths",
                "medicalAmounts",
                "employmentAmounts",
                "ownWageRaisedToPreTerminationAverage",
                "occupationalDiseaseMedicalUpliftPercent",
                "nearRetirement",
                "atOrAfterRetirement",
                "multipleInjuriesHighestGrade",
                "preTerminationAverageBounds",
                "articles",
                "nearRetirementUnconfirmed"))
        .as(where)
        .containsAll(fieldNames(v));
    String base = v.get("base").asText();
    assertThat(base)
        .as(where)
        .isIn(
            "REGIONAL_AVERAGE_MONTHLY_WAGE",
            "PROVINCIAL_AVERAGE_MONTHLY_WAGE",
            "OWN_WAGE",
            "FIXED_AMOUNT");
    List<String> fiveToTen = grades(5, 10);
    if (base.equals("FIXED_AMOUNT")) {
      assertThat(v.has("medicalMonths") || v.has("employmentMonths")).as(where).isFalse();
      for (String t : List.of("medicalAmounts", "employmentAmounts")) {
        if (v.has(t)) {
          assertThat(fieldNames(v.get(t)))
              .as(where + " " + t)
              .containsExactlyInAnyOrderElementsOf(fiveToTen);
          v.get(t).forEach(a -> assertMoney(a, where + " " + t));
        }
      }
    } else {
      assertThat(v.has("medicalAmounts") || v.has("employmentAmounts")).as(where).isFalse();
      for (String t : List.of("medicalMonths", "employmentMonths")) {
        if (v.has(t)) {
          assertNumberTable(v.get(t), fiveToTen, where + " " + t);
        }
      }
    }
    assertThat(v.has("medicalMonths") || v.has("employmentMonths") || v.has("medicalAmounts"))
        .as("at least one schedule: %s", where)
        .isTrue();
    if (v.has("ownWageRaisedToPreTerminationAverage")) {
      assertThat(v.get("ownWageRaisedToPreTerminationAverage").isBoolean()).as(where).isTrue();
      assertThat(base).as(where).isEqualTo("OWN_WAGE");
    }
    if (v.has("occupationalDiseaseMedicalUpliftPercent")) {
      assertThat(v.get("occupationalDiseaseMedicalUpliftPercent").isNumber()).as(where).isTrue();
    }
    JsonNode r = v.get("atOrAfterRetirement");
    assertThat(fieldNames(r)).as(where).containsExactlyInAnyOrder("medical", "employment");
    r.forEach(x -> assertThat(x.asText()).as(where).isIn("NOT_PAYABLE", "PAYABLE", "UNSPECIFIED"));
    JsonNode multiple = v.get("multipleInjuriesHighestGrade");
    assertThat(multiple == null || multiple.isNull() || multiple.isBoolean()).as(where).isTrue();
    if (v.has("nearRetirement")) {
      JsonNode n = v.get("nearRetirement");
      assertThat(fieldNames(n))
          .as(where)
          .containsAll(
              List.of("appliesTo", "counting", "schedule", "exceptLabourContractLawArticle38"))
          .isSubsetOf(
              "appliesTo",
              "counting",
              "windowYears",
              "schedule",
              "exceptLabourContractLawArticle38");
      assertThat(n.get("counting").asText())
          .as(where)
          .isIn("REMAINING_TIME", "AGE_IN_COMPLETED_YEARS");
      assertThat(n.get("appliesTo")).as(where).isNotEmpty();
      n.get("appliesTo")
          .forEach(a -> assertThat(a.asText()).as(where).isIn("MEDICAL", "EMPLOYMENT"));
      assertThat(n.get("exceptLabourContractLawArticle38").isBoolean()).as(where).isTrue();
      // Each step is a stricter threshold paying less: the schedule reads as a staircase.
      JsonNode s = n.get("schedule");
      assertThat(s).as(where).isNotEmpty();
      for (int i = 0; i < s.size(); i++) {
        JsonNode step = s.get(i);
        assertThat(fieldNames(step))
            .as(where)
            .containsExactlyInAnyOrder("yearsLessThan", "percent");
        assertThat(step.get("percent").intValue()).as(where).isBetween(0, 99);
        if (i > 0) {
          assertThat(step.get("yearsLessThan").intValue())
              .as(where)
              .isLessThan(s.get(i - 1).get("yearsLessThan").intValue());
          assertThat(step.get("percent").intValue())
              .as(where)
              .isLessThan(s.get(i - 1).get("percent").intValue());
        }
      }
    }
  }

  private static void assertUninsured(JsonNode v, String where) {
    assertThat(fieldNames(v))
        .as(where)
        .containsExactlyInAnyOrder("base", "multiples", "byAgreement");
    assertThat(v.get("base").asText())
        .as(where)
        .isIn("PROVINCIAL_ANNUAL_AVERAGE_WAGE", "PROVINCIAL_URBAN_ALL_UNITS_ANNUAL_AVERAGE_WAGE");
    assertNumberTable(v.get("multiples"), grades(1, 4), where);
    assertThat(v.get("byAgreement").isBoolean()).as(where).isTrue();
  }

  private static void assertNumberTable(JsonNode table, List<String> keys, String where) {
    assertThat(table.isObject()).as("table %s", where).isTrue();
    assertThat(fieldNames(table)).as(where).containsExactlyInAnyOrderElementsOf(keys);
    table.forEach(x -> assertThat(x.isNumber()).as("number in %s", where).isTrue());
  }

  private static void assertMoney(JsonNode v, String where) {
    assertThat(v.isTextual()).as("MONEY is a string: %s", where).isTrue();
    assertThat(v.asText()).as(where).matches("[0-9]+(\\.[0-9]{1,2})?");
  }

  private static List<String> grades(int first, int last) {
    return IntStream.rangeClosed(first, last).mapToObj(Integer::toString).toList();
  }

  private static int number(JsonNode citation, String field) {
    JsonNode n = citation.get(field);
    if (n == null) {
      return 0;
    }
    assertThat(n.isInt()).as("%s is a whole number in %s", field, citation).isTrue();
    return n.intValue();
  }

  private static String id(String pack, String key, String region, String from) {
    return pack + " " + key + " " + region + " " + from;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static List<String> indexedPacks() {
    List<String> packs = new ArrayList<>();
    JsonNode index = read("index.json");
    assertThat(fieldNames(index)).containsExactly("packs");
    index.get("packs").forEach(p -> packs.add(p.asText()));
    return packs;
  }

  private static JsonNode read(String file) {
    try (InputStream in = BundledPackFiguresTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as("resource %s%s", DIR, file).isNotNull();
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
