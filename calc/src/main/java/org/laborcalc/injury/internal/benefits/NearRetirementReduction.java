package org.laborcalc.injury.internal.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Counting;
import org.laborcalc.injury.rules.TerminationSubsidyRule.NearRetirement;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Step;
import org.laborcalc.result.Note;
import org.laborcalc.retirement.StatutoryRetirement;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/**
 * The named adjustment a province makes to the termination subsidies near retirement (the
 * province's article is cited from its pack's rule): the step of its schedule that applies, counted
 * as the province counts (time remaining to retirement, or completed years of age).
 */
final class NearRetirementReduction {
  private NearRetirementReduction() {}

  static Optional<Step> step(
      CaseContext ctx, NearRetirement rule, LocalDate on, LocalDate retirement) {
    if (rule.windowYears() != null && !lessThanYearsRemain(rule.windowYears(), on, retirement)) {
      return Optional.empty();
    }
    if (rule.counting() == Counting.REMAINING_TIME) {
      // "距法定退休年龄不足N年".
      return rule.schedule().stream()
          .filter(s -> lessThanYearsRemain(s.yearsLessThan(), on, retirement))
          .findFirst();
    }
    // "每增加一周岁": years = age in completed years at retirement − age in completed years now.
    LocalDate birth = ctx.requireBirthDate();
    int years =
        StatutoryRetirement.completedYearsOfAge(birth, retirement)
            - StatutoryRetirement.completedYearsOfAge(birth, on);
    return rule.stepFor(BigDecimal.valueOf(Math.max(0, years)));
  }

  /** Less than {@code years} whole years remain when {@code on} plus them is after retirement. */
  private static boolean lessThanYearsRemain(BigDecimal years, LocalDate on, LocalDate retirement) {
    return MonthEndPolicy.CLAMP_TO_MONTH_END
        .plusMonths(on, years.intValueExact() * 12L)
        .isAfter(retirement);
  }

  /** How far from retirement the worker was, as the formula shows it. */
  static Note describe(CaseContext ctx, Counting counting, LocalDate on, LocalDate retirement) {
    if (counting == Counting.REMAINING_TIME) {
      MonthsAndDays left =
          on.isBefore(retirement)
              ? MonthsAndDays.between(on, retirement, MonthEndPolicy.CLAMP_TO_MONTH_END)
              : new MonthsAndDays(0, 0);
      int years = left.months() / 12;
      int months = left.months() % 12;
      return new Note(
          "临近退休：距退休日期 " + retirement + " 尚余" + years + "年" + months + "个月" + left.days() + "天",
          "near retirement: "
              + years
              + " years "
              + months
              + " months "
              + left.days()
              + " days to retirement on "
              + retirement);
    }
    LocalDate birth = ctx.requireBirthDate();
    int atTermination = StatutoryRetirement.completedYearsOfAge(birth, on);
    int atRetirement = StatutoryRetirement.completedYearsOfAge(birth, retirement);
    return new Note(
        "临近退休：解除时" + atTermination + "周岁，退休时" + atRetirement + "周岁",
        "near retirement: aged "
            + atTermination
            + " at the termination, "
            + atRetirement
            + " at retirement");
  }
}
