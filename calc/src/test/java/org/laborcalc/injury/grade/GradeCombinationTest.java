package org.laborcalc.injury.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;

class GradeCombinationTest {

  @ParameterizedTest(name = "[{index}] items {0} → grade {1}, raised {2}: {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # items     | final | raised | why
          5           | 5     | false  | a single item is its own grade
          5 7 9       | 5     | false  | different grades: the most severe
          5 5         | 4     | true   | two items share the most severe grade: raised by one
          5 5 5       | 4     | true   | three share it: still raised by one only
          7 7 9 9     | 6     | true   | the pair of sevens raises; the pair of nines does not add
          9 9 7       | 7     | false  | the shared grade (9) is not the most severe (7)
          3 4 4       | 3     | false  | the pair is less severe than the single 3
          10 10       | 9     | true   | the least severe grade can be raised
          2 2         | 1     | true   | raised to the most severe grade
          1 1         | 1     | false  | grade 1 cannot be raised
          1 1 1 2     | 1     | false  | grade 1 cannot be raised
          """)
  void theMostSevereGradeRaisedByOneWhenShared(
      String items, int finalGrade, boolean raised, String why) {
    List<DisabilityGrade> grades = grades(items);
    CombinedGrade c = GradeCombination.combine(grades);
    assertThat(c.finalGrade()).as(why).isEqualTo(DisabilityGrade.of(finalGrade));
    assertThat(c.raised()).as(why).isEqualTo(raised);
    assertThat(c.items()).isEqualTo(grades);
  }

  @Test
  void theResultCitesTheStandardAsSecondary() {
    CombinedGrade c = GradeCombination.combine(grades("5 5 8"));
    assertThat(c.mostSevereItem()).isEqualTo(DisabilityGrade.GRADE_5);
    assertThat(c.verification()).isEqualTo(Verification.SECONDARY);
    assertThat(c.citations()).hasSize(1);
    assertThat(c.citations().get(0).instrument()).isEqualTo(Instruments.get("gbt-16180-2014"));
    assertThat(c.citations().get(0).quote()).contains("4.2", "最多晋升一级");
    assertThat(c.explanationZh()).contains("共3项伤残（五级、五级、八级）", "晋升一级", "最终等级：四级", "二手资料");
    assertThat(c.explanationEn())
        .contains("3 injury items", "raised by one grade", "Final grade: grade 4");
  }

  @Test
  void explanationsSayWhyGradeOneIsNotRaised() {
    CombinedGrade c = GradeCombination.combine(grades("1 1"));
    assertThat(c.explanationZh()).contains("一级已是最重等级，不能再晋级");
    assertThat(c.explanationEn()).contains("grade 1 is the most severe and cannot be raised");
    assertThat(GradeCombination.combine(grades("6")).explanationZh()).startsWith("仅一项伤残，等级为六级");
  }

  @Test
  void missingItemsAreRejected() {
    assertThatThrownBy(() -> GradeCombination.combine(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("itemGrades ([]) must not be empty: at least one injury item needs a grade");
    assertThatThrownBy(() -> GradeCombination.combine(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("itemGrades");
    List<DisabilityGrade> withNull = new ArrayList<>();
    withNull.add(DisabilityGrade.GRADE_5);
    withNull.add(null);
    assertThatThrownBy(() -> GradeCombination.combine(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("itemGrades[1]");
  }

  @Test
  void aResultMustAgreeWithItsOwnRaise() {
    assertThatThrownBy(
            () ->
                new CombinedGrade(
                    DisabilityGrade.GRADE_3,
                    DisabilityGrade.GRADE_5,
                    true,
                    List.of(DisabilityGrade.GRADE_5),
                    List.of(),
                    Verification.SECONDARY,
                    "",
                    ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "finalGrade (GRADE_3) must be one grade more severe than mostSevereItem (GRADE_5)");
  }

  private static List<DisabilityGrade> grades(String numbers) {
    return Arrays.stream(numbers.trim().split("\\s+"))
        .map(s -> DisabilityGrade.of(Integer.parseInt(s)))
        .toList();
  }
}
