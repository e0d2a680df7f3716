package org.laborcalc.injury.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A province's own scale of 生活护理费 in place of the three levels of 《工伤保险条例》 art. 34 ¶2: the average
 * it is a share of, and its levels, each defined by how many of the five daily activities (进食, 翻身,
 * 大小便, 穿衣及洗漱, 自主行动) need another person's help. Read from the STRUCTURED parameter {@code
 * injury.livingCare.scale}; a region without one pays by the national table. Immutable.
 *
 * <p>Guangdong: art. 17 ¶3 defines four 生活自理障碍等级 by those counts (“五项条件均需要护理者为一级，五项中四项需要护理者为二级，
 * 五项中三项需要护理者为三级，五项中一至二项需要护理者为四级”), art. 26 ¶2 pays 60/50/40/30% of the 全省上年度职工月平均工资.
 *
 * @param average the average the percentages are of
 * @param levels the levels, each with the counts of activities it covers
 */
public record LivingCareScale(
    @JsonProperty(required = true) ReferenceAverage average,
    @JsonProperty(required = true) List<Level> levels) {

  /** The number of daily activities the appraisal looks at. */
  public static final int ACTIVITIES = 5;

  /**
   * One level.
   *
   * @param nameZh the level's name in the text, e.g. {@code 生活自理障碍二级}
   * @param activitiesNeedingCare the counts of activities needing care it covers (1 to 5)
   * @param percent the percent of the average paid monthly
   */
  public record Level(
      @JsonProperty(required = true) String nameZh,
      @JsonProperty(required = true) Set<Integer> activitiesNeedingCare,
      @JsonProperty(required = true) BigDecimal percent) {
    public Level {
      if (nameZh == null || nameZh.isBlank()) {
        throw new IllegalArgumentException("a level needs its nameZh");
      }
      if (activitiesNeedingCare == null || activitiesNeedingCare.isEmpty()) {
        throw new IllegalArgumentException("level " + nameZh + " covers no count of activities");
      }
      for (Integer n : activitiesNeedingCare) {
        if (n == null || n < 1 || n > ACTIVITIES) {
          throw new IllegalArgumentException(
              "level " + nameZh + ": a count of activities (" + n + ") must be from 1 to 5");
        }
      }
      activitiesNeedingCare = Set.copyOf(activitiesNeedingCare);
      if (percent == null
          || percent.signum() < 0
          || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException(
            "level " + nameZh + ": percent (" + percent + ") must be between 0 and 100");
      }
    }
  }

  public LivingCareScale {
    if (average == null || levels == null || levels.isEmpty()) {
      throw new IllegalArgumentException("a living-care scale needs its average and its levels");
    }
    levels = List.copyOf(levels);
    Set<Integer> seen = new HashSet<>();
    for (Level l : levels) {
      for (Integer n : l.activitiesNeedingCare()) {
        if (!seen.add(n)) {
          throw new IllegalArgumentException(
              "a count of activities (" + n + ") belongs to two levels");
        }
      }
    }
    if (seen.size() != ACTIVITIES) {
      throw new IllegalArgumentException(
          "the levels must cover every count of activities from 1 to 5, not " + seen);
    }
  }

  /** The level covering {@code activities} needing care (1 to 5); empty for 0. */
  public Optional<Level> levelFor(int activities) {
    return levels.stream().filter(l -> l.activitiesNeedingCare().contains(activities)).findFirst();
  }
}
