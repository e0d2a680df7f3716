package org.laborcalc.injury.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Laws of the 晋级原则 (GB/T 16180-2014 4.2) and of the self-care levels. */
class GradeProperties {

  @Property
  void theFinalGradeIsTheMostSevereItemOrOneGradeMoreSevere(
      @ForAll @Size(min = 1, max = 8) List<DisabilityGrade> items) {
    int min = items.stream().mapToInt(DisabilityGrade::number).min().orElseThrow();
    int result = GradeCombination.combine(items).finalGrade().number();
    assertThat(result).isBetween(Math.max(1, min - 1), min);
  }

  @Property
  void theOrderOfTheItemsDoesNotMatter(
      @ForAll @Size(min = 1, max = 8) List<DisabilityGrade> items, @ForAll Random random) {
    List<DisabilityGrade> shuffled = new ArrayList<>(items);
    Collections.shuffle(shuffled, random);
    CombinedGrade a = GradeCombination.combine(items);
    CombinedGrade b = GradeCombination.combine(shuffled);
    assertThat(b.finalGrade()).isEqualTo(a.finalGrade());
    assertThat(b.raised()).isEqualTo(a.raised());
  }

  @Property
  void aSingleItemIsItsOwnGrade(@ForAll DisabilityGrade grade) {
    CombinedGrade c = GradeCombination.combine(List.of(grade));
    assertThat(c.finalGrade()).isEqualTo(grade);
    assertThat(c.raised()).isFalse();
  }

  @Property
  void aLessSevereItemThanTheResultChangesNothing(
      @ForAll @Size(min = 1, max = 8) List<DisabilityGrade> items, @ForAll DisabilityGrade extra) {
    DisabilityGrade before = GradeCombination.combine(items).finalGrade();
    Assume.that(before.isMoreSevereThan(extra));
    List<DisabilityGrade> more = new ArrayList<>(items);
    more.add(extra);
    assertThat(GradeCombination.combine(more).finalGrade()).isEqualTo(before);
  }

  @Property
  void raisedExactlyWhenTheMostSevereGradeIsSharedAndIsNotGradeOne(
      @ForAll @Size(min = 1, max = 8) List<DisabilityGrade> items) {
    CombinedGrade c = GradeCombination.combine(items);
    long sharing = items.stream().filter(g -> g == c.mostSevereItem()).count();
    assertThat(c.raised()).isEqualTo(sharing >= 2 && c.mostSevereItem() != DisabilityGrade.GRADE_1);
  }

  @Property
  void moreActivitiesNeedingCareNeverLowerTheLevel(
      @ForAll Set<DailyActivity> needing, @ForAll DailyActivity another) {
    Set<DailyActivity> more = EnumSet.noneOf(DailyActivity.class);
    more.addAll(needing);
    more.add(another);
    // FULL < MAJOR < PARTIAL < NONE in declaration order: a lower ordinal is more impairment.
    assertThat(SelfCareLevel.fromActivitiesNeedingCare(more).ordinal())
        .isLessThanOrEqualTo(SelfCareLevel.fromActivitiesNeedingCare(needing).ordinal());
  }
}
