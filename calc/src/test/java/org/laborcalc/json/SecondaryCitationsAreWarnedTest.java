package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborcalc.CalcOutcome;
import org.laborcalc.LaborCalc;
import org.laborcalc.injury.Notice;

/**
 * Issue 22 §5: a line resting on an instrument read only in secondary sources says so, once per
 * instrument, naming the lines.
 */
class SecondaryCitationsAreWarnedTest {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static java.util.List<String> secondary(String example) {
    CalcOutcome o = CALC.workInjuryJson(CaseDoc.exampleBytes(example));
    assertThat(o.isValid()).isTrue();
    return o.result().warnings().stream()
        .filter(n -> n.code().equals("SECONDARY_SOURCE"))
        .map(Notice::messageZh)
        .toList();
  }

  @Test
  void the2003TextIsNamedOnTheLinesItGoverns() {
    // The 2003 Regulation is held only as a text pieced together from reprints (SECONDARY).
    assertThat(secondary("injury-2010-old-regulation"))
        .contains("《工伤保险条例》（2003年）（国务院令第375号）的文本仅来自二手资料，未经原文核实；据其计算的项目：一次性伤残补助金");
  }

  @Test
  void theShandongMeasuresAreNamedOnTheSubsidyLines() {
    assertThat(secondary("seed-barite-mine-grade9"))
        .contains("《山东省贯彻〈工伤保险条例〉实施办法》的文本仅来自二手资料，未经原文核实；据其计算的项目：一次性工伤医疗补助金、一次性伤残就业补助金");
  }

  @Test
  void aCaseOnPrimaryTextsOnlyHasNoSuchNotice() {
    // Zhejiang grade 7, insured: the 2010 Regulation and the 2020 Zhejiang text, both read.
    assertThat(secondary("zhejiang-grade7-insured")).noneMatch(m -> m.contains("的文本仅来自二手资料"));
  }
}
