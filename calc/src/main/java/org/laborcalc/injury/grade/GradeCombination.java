package org.laborcalc.injury.grade;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The 晋级原则 of GB/T 16180-2014 4.2: injuries to several parts or organs are graded item by item; the
 * worker's grade is the most severe item's grade, "两项及以上等级相同，最多晋升一级". Stateless and thread-safe.
 *
 * <p>Reading applied (legal digest §4, secondary): the most severe grade is raised by exactly one
 * when two or more items share it — items sharing a less severe grade do not raise it — and never
 * by more than one however many items share it. Grade 1 cannot be raised; the standard does not
 * speak of this case, there being nothing more severe.
 */
public final class GradeCombination {

  private GradeCombination() {}

  /**
   * The worker's grade from the grades of the injury items.
   *
   * @throws IllegalArgumentException if {@code itemGrades} is empty
   * @throws NullPointerException if {@code itemGrades} or one of its elements is null
   */
  public static CombinedGrade combine(List<DisabilityGrade> itemGrades) {
    requireNonNull(itemGrades, "itemGrades");
    if (itemGrades.isEmpty()) {
      throw new IllegalArgumentException(
          "itemGrades ([]) must not be empty: at least one injury item needs a grade");
    }
    DisabilityGrade mostSevere = null;
    int atMostSevere = 0;
    for (int i = 0; i < itemGrades.size(); i++) {
      DisabilityGrade g = requireNonNull(itemGrades.get(i), "itemGrades[" + i + "]");
      if (mostSevere == null || g.isMoreSevereThan(mostSevere)) {
        mostSevere = g;
        atMostSevere = 1;
      } else if (g == mostSevere) {
        atMostSevere++;
      }
    }
    boolean shared = atMostSevere >= 2;
    boolean raised = shared && mostSevere != DisabilityGrade.GRADE_1;
    DisabilityGrade finalGrade = raised ? DisabilityGrade.of(mostSevere.number() - 1) : mostSevere;
    return new CombinedGrade(
        finalGrade,
        mostSevere,
        raised,
        itemGrades,
        List.of(Gbt16180.PROMOTION),
        Gbt16180.VERIFICATION,
        explainZh(itemGrades, mostSevere, atMostSevere, raised, finalGrade),
        explainEn(itemGrades, mostSevere, atMostSevere, raised, finalGrade));
  }

  private static String explainZh(
      List<DisabilityGrade> items,
      DisabilityGrade mostSevere,
      int atMostSevere,
      boolean raised,
      DisabilityGrade finalGrade) {
    StringBuilder sb = new StringBuilder();
    if (items.size() == 1) {
      sb.append("仅一项伤残，等级为").append(mostSevere.nameZh()).append("。");
    } else {
      sb.append("共")
          .append(items.size())
          .append("项伤残（")
          .append(items.stream().map(DisabilityGrade::nameZh).collect(Collectors.joining("、")))
          .append("），依GB/T 16180-2014 4.2晋级原则以最重的")
          .append(mostSevere.nameZh())
          .append("定级；");
      if (atMostSevere == 1) {
        sb.append("最重等级仅一项，不晋级。");
      } else if (raised) {
        sb.append("最重等级有").append(atMostSevere).append("项，晋升一级（最多晋升一级）。");
      } else {
        sb.append("最重等级有").append(atMostSevere).append("项，但一级已是最重等级，不能再晋级。");
      }
    }
    sb.append("最终等级：").append(finalGrade.nameZh()).append("。（该标准文本未收录，规则据二手资料转引，待核实。）");
    return sb.toString();
  }

  private static String explainEn(
      List<DisabilityGrade> items,
      DisabilityGrade mostSevere,
      int atMostSevere,
      boolean raised,
      DisabilityGrade finalGrade) {
    StringBuilder sb = new StringBuilder();
    if (items.size() == 1) {
      sb.append("A single injury item, ").append(mostSevere.nameEn()).append(". ");
    } else {
      sb.append(items.size())
          .append(" injury items (")
          .append(items.stream().map(DisabilityGrade::nameEn).collect(Collectors.joining(", ")))
          .append("); under GB/T 16180-2014 4.2 the most severe, ")
          .append(mostSevere.nameEn())
          .append(", sets the grade; ");
      if (atMostSevere == 1) {
        sb.append("only one item has it, so no raise. ");
      } else if (raised) {
        sb.append(atMostSevere)
            .append(" items share it, so it is raised by one grade (at most one). ");
      } else {
        sb.append(atMostSevere)
            .append(" items share it, but grade 1 is the most severe and cannot be raised. ");
      }
    }
    sb.append("Final grade: ")
        .append(finalGrade.nameEn())
        .append(". (The standard's text is not held; the rule is taken from secondary sources.)");
    return sb.toString();
  }
}
