package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;
import org.laborcalc.injury.Notice;

/**
 * Issue 22 §5: every figure of the caller's that a result uses carries {@code FIGURE_NOT_PRIMARY},
 * whether the wage was stated or found from evidence, each figure once.
 */
class UserFiguresAreWarnedTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static List<Notice> figureWarnings(String example) {
    CalcOutcome o = CALC.workInjuryJson(CaseDoc.exampleBytes(example));
    assertThat(o.isValid()).isTrue();
    return o.result().warnings().stream()
        .filter(n -> n.code().equals("FIGURE_NOT_PRIMARY"))
        .toList();
  }

  @Test
  void aStatedWageStillWarnsOfTheCallersAverageWage() {
    // The death case states the wage; its 2023 Zhengzhou average (7,000.00) is the example pack's.
    assertThat(figureWarnings("death-2024-spouse-child"))
        .extracting(Notice::messageZh)
        .containsExactly(
            "“统筹地区职工月平均工资（河南省郑州市，2023-01-01 至 2023-12-31，参数包 example-figures）”（7000.00）"
                + "由使用者提供，未经与原始文本核对");
  }

  @Test
  void eachCallersFigureUsedIsWarnedOnce() {
    // Henan grade 5: the 2022 average clamps the wage, the 2023 one is the termination-subsidy
    // base.
    assertThat(figureWarnings("henan-grade5-occupational-disease"))
        .extracting(Notice::messageZh)
        .containsExactly(
            "“统筹地区职工月平均工资（河南省郑州市，2022-01-01 至 2022-12-31，参数包 example-figures）”（6000.00）"
                + "由使用者提供，未经与原始文本核对",
            "“统筹地区职工月平均工资（河南省郑州市，2023-01-01 至 2023-12-31，参数包 example-figures）”（6000.00）"
                + "由使用者提供，未经与原始文本核对");
  }

  @Test
  void theEvidencePathsWarningIsNotRepeated() {
    // The seed finds the wage from evidence on the 2018 Jining average (warned once, though both
    // the
    // wage path and the look-up note it); the 2019 one is the termination-subsidy base.
    assertThat(figureWarnings("seed-barite-mine-grade9"))
        .extracting(Notice::messageZh)
        .containsExactly(
            "“统筹地区职工月平均工资（山东省济宁市，2018-01-01 至 2018-12-31，参数包 example-figures）”（5200.00）"
                + "由使用者提供，未经与原始文本核对",
            "“统筹地区职工月平均工资（山东省济宁市，2019-01-01 至 2019-12-31，参数包 example-figures）”（5800.00）"
                + "由使用者提供，未经与原始文本核对");
  }
}
