package org.laborcalc.injury.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborcalc.law.Instruments;

class DisabilityGradeTest {

  @ParameterizedTest(name = "grade {0} is {1}, band {2}, art. {3}")
  @CsvSource({
    "1, 一级, ONE_TO_FOUR, 35",
    "2, 二级, ONE_TO_FOUR, 35",
    "3, 三级, ONE_TO_FOUR, 35",
    "4, 四级, ONE_TO_FOUR, 35",
    "5, 五级, FIVE_TO_SIX, 36",
    "6, 六级, FIVE_TO_SIX, 36",
    "7, 七级, SEVEN_TO_TEN, 37",
    "8, 八级, SEVEN_TO_TEN, 37",
    "9, 九级, SEVEN_TO_TEN, 37",
    "10, 十级, SEVEN_TO_TEN, 37"
  })
  void gradesTheirNamesAndTheArticleOfTheirBenefits(
      int number, String nameZh, GradeBand band, int article) {
    DisabilityGrade g = DisabilityGrade.of(number);
    assertThat(g.number()).isEqualTo(number);
    assertThat(g.nameZh()).isEqualTo(nameZh);
    assertThat(g.nameEn()).isEqualTo("grade " + number);
    assertThat(g.band()).isEqualTo(band);
    assertThat(band.contains(g)).isTrue();
    assertThat(band.citation().instrument()).isEqualTo(Instruments.WORK_INJURY_REGULATION_2010);
    assertThat(band.citation().article()).isEqualTo(article);
  }

  @Test
  void bandCitationsRenderAsArticlesOfTheRegulation() {
    assertThat(GradeBand.ONE_TO_FOUR.citation().toChinese()).isEqualTo("《工伤保险条例》第三十五条");
    assertThat(GradeBand.FIVE_TO_SIX.citation().quote()).contains("五级、六级伤残");
    assertThat(GradeBand.SEVEN_TO_TEN.citation().quote()).contains("七级至十级伤残");
    assertThat(GradeBand.SEVEN_TO_TEN.mostSevere()).isEqualTo(DisabilityGrade.GRADE_7);
    assertThat(GradeBand.SEVEN_TO_TEN.leastSevere()).isEqualTo(DisabilityGrade.GRADE_10);
    assertThat(GradeBand.FIVE_TO_SIX.nameZh()).isEqualTo("五级、六级");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11, -1})
  void numbersOutsideOneToTenAreRejected(int number) {
    assertThatThrownBy(() -> DisabilityGrade.of(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "disability grade ("
                + number
                + ") must be between 1 (一级, most severe) and 10 (十级, least severe)");
  }

  @Test
  void aLowerNumberIsMoreSevere() {
    assertThat(DisabilityGrade.GRADE_1.isMoreSevereThan(DisabilityGrade.GRADE_2)).isTrue();
    assertThat(DisabilityGrade.GRADE_10.isMoreSevereThan(DisabilityGrade.GRADE_9)).isFalse();
    assertThat(DisabilityGrade.GRADE_5.isMoreSevereThan(DisabilityGrade.GRADE_5)).isFalse();
  }
}
