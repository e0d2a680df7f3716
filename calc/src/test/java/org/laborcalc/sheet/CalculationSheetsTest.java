package org.laborcalc.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.injury.WorkInjuryResult;

/**
 * What every format of the sheet says: the seed case's lines, formulas, payer and totals by hand,
 * the wage clamp, the grade, the law, the warnings, the parameter sources and the options; and that
 * the same result always gives the same bytes.
 */
class CalculationSheetsTest {

  /** A format and the escaping it applies to a value, so the expected text can be written plain. */
  static Stream<Arguments> formats() {
    return Stream.of(
        format("text", BothLanguages::text, TextRenderer::clean),
        format("markdown", BothLanguages::markdown, MarkdownRenderer::escape),
        format("html", BothLanguages::html, HtmlRenderer::text));
  }

  private static Arguments format(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    return Arguments.of(name, render, escape);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void everyFormatListsTheSeedLinesWithFormulaPayerAndLaw(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    String sheet = render.apply(SheetFixtures.seed());
    for (String expected :
        List.of(
            "一次性伤残补助金",
            "One-time disability subsidy",
            "58,500.00",
            "9 × 6,500.00 = 58,500.00",
            "停工留薪期工资",
            "39,000.00",
            "6 × 6,500.00 = 39,000.00",
            "一次性工伤医疗补助金",
            "40,600.00",
            "一次性伤残就业补助金",
            "69,600.00",
            "复查费",
            "300.00",
            "后续治疗费",
            "40,000.00",
            "劳动能力鉴定费/司法鉴定费",
            "2,800.00",
            "用人单位",
            "《工伤保险条例》第三十七条第一款第（一）项",
            "《工伤保险条例》第六十二条第二款")) {
      assertThat(sheet).as(name).contains(escape.apply(expected));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void everyFormatGivesTheTotalsByPayerOneTimeAndMonthlyApart(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    String sheet = render.apply(SheetFixtures.seed());
    // 58,500 + 39,000 + 40,600 + 69,600 + 300 + 40,000 + 2,800 = 250,800.00, all the employer's
    assertThat(sheet)
        .contains("250,800.00")
        .contains(escape.apply("一次性合计 One-time"))
        .contains(escape.apply("每月合计 Monthly"))
        .contains(escape.apply("工伤保险基金 Work-injury insurance fund"))
        .contains(escape.apply("合计 Total"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void everyFormatShowsTheWageClampAndTheGrade(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    String sheet = render.apply(SheetFixtures.seed());
    for (String expected :
        List.of(
            "本人工资 Own wage",
            "6,500.00",
            "5,200.00",
            "3,120.00",
            "15,600.00",
            "原工资福利待遇",
            "60% × 5,200.00 = 3,120.00 ≤ 6,500.00 ≤ 300% × 5,200.00 = 15,600.00 → 本人工资 6,500.00",
            "在上下限之间，未调整",
            "《工伤保险条例》第六十四条第二款",
            "九级 grade 9",
            "否 not raised",
            "仅一项伤残，等级为九级。",
            "4.2 晋级原则")) {
      assertThat(sheet).as(name).contains(escape.apply(expected));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void everyFormatGivesWarningsInChineseAndEnglish(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    WorkInjuryResult r = SheetFixtures.seed();
    String sheet = render.apply(r);
    // the message, never the notice's code (issue 20: no internal codes shown to people)
    assertThat(sheet)
        .doesNotContain("SECONDARY_SOURCE")
        .contains(escape.apply(r.warnings().get(0).messageZh()))
        .contains(escape.apply(r.warnings().get(0).messageEn()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void everyFormatListsTheParameterSourcesAndTheOptions(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    String sheet = render.apply(SheetFixtures.seed());
    for (String expected :
        List.of(
            "一次性伤残补助金月数",
            "9级: 9",
            "原文核实 primary text",
            "二手资料 secondary source",
            "用户提供 user-supplied",
            "山东省济宁市",
            "2018-01-01 至 2018-12-31 2018-01-01 to 2018-12-31",
            "2011-01-01 起",
            "《山东省贯彻〈工伤保险条例〉实施办法》第二十五条",
            "2010年修订",
            "国务院令第586号",
            "以受伤日为准",
            "按不足一月部分起始月的日历天数折算",
            "按比例削减",
            "未设定，不计月付累计")) {
      assertThat(sheet).as(name).contains(escape.apply(expected));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aMonthlyLineShowsItsMonthlyAmountStartDateAndAccruedSum(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    String sheet = render.apply(SheetFixtures.monthly());
    // 70% × 3,842.86 = 2,690.002 → 2,690.00; accrued 2,690 × 9 + 2,690 × 30 ÷ 31 = 26,813.23
    assertThat(sheet)
        .contains(escape.apply("伤残津贴"))
        .contains("2,690.00")
        .contains("2024-03-01")
        .contains("26,813.23")
        .contains(escape.apply("是，晋升一级 raised one grade"))
        .contains(escape.apply("低于下限，按下限计"))
        .contains(escape.apply("计算日 As-of date"))
        .contains("2024-12-31");
    // one-time: fund 69,171.48 + 1,234.56 = 70,406.04; employer −5,000.00; total 65,406.04
    assertThat(sheet).contains("70,406.04").contains("-5,000.00").contains("65,406.04");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aResultWithoutGradeOrLinesSaysSo(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    String sheet = render.apply(SheetFixtures.empty());
    assertThat(sheet)
        .contains(escape.apply("无劳动能力鉴定结论"))
        .contains(escape.apply("无待遇项目"))
        .contains(escape.apply("2003年原文"))
        .contains(escape.apply("国务院令第375号"))
        .contains(escape.apply("以待遇发生日为准"))
        .contains(escape.apply("按计薪日折算"))
        .doesNotContain("REGULATION_2003", "BENEFIT_DATE", "PAY_DAYS");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void theSameResultRendersToTheSameBytes(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    // Two results built separately, equal but not the same objects.
    byte[] first = render.apply(SheetFixtures.monthly()).getBytes(StandardCharsets.UTF_8);
    byte[] second = render.apply(SheetFixtures.monthly()).getBytes(StandardCharsets.UTF_8);
    assertThat(second).isEqualTo(first);
    assertThat(render.apply(SheetFixtures.seed())).isEqualTo(render.apply(SheetFixtures.seed()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void aParameterUsedByTwoLinesIsListedOnce(
      String name, Function<WorkInjuryResult, String> render, UnaryOperator<String> escape) {
    String sheet = render.apply(SheetFixtures.seed());
    // The Shandong table is used by the medical and the employment subsidy: one source row, plus
    // one mention in each line's parameter field.
    String row = escape.apply("cn-shandong-work-injury / 9级");
    // in zh+en each line's parameter field names it in both languages: 1 + 2 × 2
    assertThat(SheetAssertions.count(sheet, row)).as(name).isEqualTo(5);
  }

  @Test
  void aNullResultIsRefused() {
    assertThatNullPointerException()
        .isThrownBy(() -> BothLanguages.text(null))
        .withMessageContaining("result");
    assertThatNullPointerException().isThrownBy(() -> BothLanguages.markdown(null));
    assertThatNullPointerException().isThrownBy(() -> BothLanguages.html(null));
  }
}
