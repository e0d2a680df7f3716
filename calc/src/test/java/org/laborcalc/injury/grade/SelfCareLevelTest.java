package org.laborcalc.injury.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.laborcalc.injury.grade.DailyActivity.DRESSING_AND_WASHING;
import static org.laborcalc.injury.grade.DailyActivity.EATING;
import static org.laborcalc.injury.grade.DailyActivity.MOVING_ABOUT;
import static org.laborcalc.injury.grade.DailyActivity.TOILETING;
import static org.laborcalc.injury.grade.DailyActivity.TURNING_OVER;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.law.Verification;

class SelfCareLevelTest {

  static Stream<Arguments> activitiesAndLevels() {
    return Stream.of(
        Arguments.of(
            EnumSet.of(EATING, TURNING_OVER, TOILETING, DRESSING_AND_WASHING, MOVING_ABOUT),
            SelfCareLevel.FULL),
        Arguments.of(
            EnumSet.of(EATING, TURNING_OVER, TOILETING, DRESSING_AND_WASHING), SelfCareLevel.MAJOR),
        Arguments.of(EnumSet.of(TURNING_OVER, TOILETING, MOVING_ABOUT), SelfCareLevel.MAJOR),
        Arguments.of(EnumSet.of(EATING, TOILETING), SelfCareLevel.PARTIAL),
        Arguments.of(EnumSet.of(MOVING_ABOUT), SelfCareLevel.PARTIAL),
        Arguments.of(EnumSet.noneOf(DailyActivity.class), SelfCareLevel.NONE));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("activitiesAndLevels")
  void levelByTheNumberOfActivitiesNeedingCare(Set<DailyActivity> needing, SelfCareLevel level) {
    assertThat(SelfCareLevel.fromActivitiesNeedingCare(needing)).isEqualTo(level);
  }

  @Test
  void namesInTheStandardAndInTheRegulation() {
    assertThat(SelfCareLevel.FULL.nameZh()).isEqualTo("完全生活自理障碍");
    assertThat(SelfCareLevel.FULL.regulationNameZh()).contains("生活完全不能自理");
    assertThat(SelfCareLevel.MAJOR.regulationNameZh()).contains("生活大部分不能自理");
    assertThat(SelfCareLevel.PARTIAL.regulationNameZh()).contains("生活部分不能自理");
    assertThat(SelfCareLevel.NONE.regulationNameZh()).isEmpty();
    assertThat(SelfCareLevel.REGULATION_ART_34.toChinese()).isEqualTo("《工伤保险条例》第三十四条第二款");
    assertThat(SelfCareLevel.citation().instrument().verification())
        .isEqualTo(Verification.SECONDARY);
    assertThat(DailyActivity.DRESSING_AND_WASHING.nameZh()).isEqualTo("穿衣洗漱");
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> SelfCareLevel.fromActivitiesNeedingCare(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("activities");
    Set<DailyActivity> withNull = new HashSet<>();
    withNull.add(EATING);
    withNull.add(null);
    assertThatThrownBy(() -> SelfCareLevel.fromActivitiesNeedingCare(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("activities must not contain null");
  }
}
