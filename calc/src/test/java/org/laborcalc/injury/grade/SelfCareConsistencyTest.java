package org.laborcalc.injury.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.law.Verification;

class SelfCareConsistencyTest {

  /** The table of 定级原则 5.x.1 as the legal digest (§4) states it. */
  @ParameterizedTest(name = "grade {0}: {1}")
  @CsvSource({
    "1, FULL MAJOR PARTIAL",
    "2, MAJOR PARTIAL",
    "3, PARTIAL",
    "4, PARTIAL NONE",
    "5, NONE",
    "6, NONE",
    "7, NONE",
    "8, NONE",
    "9, NONE",
    "10, NONE"
  })
  void allowedLevelsAndAWarningForEveryOther(int grade, String allowedNames) {
    DisabilityGrade g = DisabilityGrade.of(grade);
    Set<SelfCareLevel> allowed =
        Arrays.stream(allowedNames.split(" "))
            .map(SelfCareLevel::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(SelfCareLevel.class)));
    assertThat(SelfCareConsistency.allowedLevels(g)).containsExactlyElementsOf(allowed);
    for (SelfCareLevel level : SelfCareLevel.values()) {
      assertThat(SelfCareConsistency.check(g, level).isPresent())
          .as("%s with %s", g, level)
          .isEqualTo(!allowed.contains(level));
    }
  }

  @Test
  void theWarningNamesWhatFitsAndCitesTheStandard() {
    SelfCareWarning w =
        SelfCareConsistency.check(DisabilityGrade.GRADE_2, SelfCareLevel.NONE).orElseThrow();
    assertThat(w.code()).isEqualTo("SELF_CARE_INCONSISTENT_WITH_GRADE");
    assertThat(w.grade()).isEqualTo(DisabilityGrade.GRADE_2);
    assertThat(w.level()).isEqualTo(SelfCareLevel.NONE);
    assertThat(w.allowedLevels()).containsExactly(SelfCareLevel.MAJOR, SelfCareLevel.PARTIAL);
    assertThat(w.messageZh()).contains("伤残等级二级", "大部分生活自理障碍或部分生活自理障碍", "所填为无生活自理障碍", "核对");
    assertThat(w.messageEn())
        .contains(
            "grade 2 goes with major self-care impairment or partial self-care impairment",
            "no self-care impairment");
    assertThat(w.citation().quote()).contains("定级原则");
    assertThat(w.verification()).isEqualTo(Verification.SECONDARY);
  }
}
