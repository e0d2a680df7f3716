package org.laborcalc.retirement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/**
 * The statutory retirement age (法定退休年龄) by birth date and category under
 * 《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》 (2024-09-13, in force 2025-01-01) and the 《国务院关于渐进式延迟法定退休年龄的办法》
 * it approves. Stateless and thread-safe.
 *
 * <h2>The rule as read from the 办法 第一条</h2>
 *
 * <ul>
 *   <li>Original ages (决定第一项): men 60, women 55 or 50. A worker who reaches the original age before
 *       2025-01-01 keeps it; the decision takes effect on that day (决定第五项).
 *   <li>From 2025-01-01 men and 55-women are delayed one month "每四个月", 50-women one month "每二个月",
 *       up to 63 / 58 / 55. The four-month (two-month) periods are counted in birth months from the
 *       first birth month whose original retirement month is January 2025 (1965-01, 1970-01,
 *       1975-01): the first period is delayed one month, the second two, and so on. Delay in months
 *       = min(max, ⌊months of birth after that first month ÷ 4 (or 2)⌋ + 1).
 *   <li>The official birth-month tables (附件1–3) are images that the project has no text of; the
 *       reading above reproduces every value of them quoted by secondary sources (legal digest
 *       §2b): men 1965-01 → 60y1m, 63 from 1976-09; 55-women 1970-01 → 55y1m, 58 from 1981-09;
 *       50-women 1975-01 → 50y1m, 55 from 1984-11.
 * </ul>
 *
 * <h2>The day</h2>
 *
 * The decision speaks of ages in years and months. The retirement date here is the day the worker
 * reaches that age: the birth date plus the age's months. When the birth day does not exist in the
 * target month (a 29–31 birthday) no rule says which day counts; {@link
 * MonthEndPolicy#CLAMP_TO_MONTH_END} (the month's last day) is the default and {@link
 * MonthEndPolicy#ROLL_TO_NEXT_MONTH} can be chosen, and the explanation names the one used.
 *
 * <h2>What this does not decide</h2>
 *
 * Flexible early or late retirement (办法第三条, up to three years either way) and special early
 * retirement for designated work (办法第八条; "国家另有规定的，从其规定", 第一条) give an actual retirement date that
 * differs from the statutory one: a caller who knows it passes that date to {@link
 * RemainingTime#until} instead of {@link RetirementAge#retirementDate()}.
 */
public final class StatutoryRetirement {

  /** The day the decision took effect (决定第五项; 办法第一条 "从2025年1月1日起"). */
  public static final LocalDate REFORM_START = LocalDate.of(2025, 1, 1);

  /** The earliest birth date accepted; an earlier one is taken to be a typing mistake. */
  public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private static final Instrument DECISION = Instruments.get("yanchi-tuixiu-jueding-2024");

  /** 决定第一项: the original ages and the target ages. */
  public static final Citation DECISION_ITEM_1 =
      Citation.of(DECISION)
          .withQuote(
              "决定第一项：同步启动延迟男、女职工的法定退休年龄，用十五年时间，逐步将男职工的法定退休年龄从原六十周岁延迟至六十三周岁，"
                  + "将女职工的法定退休年龄从原五十周岁、五十五周岁分别延迟至五十五周岁、五十八周岁。");

  /** 所附办法第一条: the pace of the delay. */
  public static final Citation MEASURES_ART_1 =
      Citation.of(DECISION)
          .withQuote(
              "所附《国务院关于渐进式延迟法定退休年龄的办法》第一条：从2025年1月1日起，男职工和原法定退休年龄为五十五周岁的女职工，"
                  + "法定退休年龄每四个月延迟一个月，分别逐步延迟至六十三周岁和五十八周岁；原法定退休年龄为五十周岁的女职工，"
                  + "法定退休年龄每二个月延迟一个月，逐步延迟至五十五周岁。国家另有规定的，从其规定。");

  /** 决定第五项: the effective date. */
  public static final Citation DECISION_ITEM_5 =
      Citation.of(DECISION).withQuote("决定第五项：本决定自2025年1月1日起施行。");

  private static final List<Citation> CITATIONS =
      List.of(DECISION_ITEM_1, MEASURES_ART_1, DECISION_ITEM_5);

  private StatutoryRetirement() {}

  /**
   * The statutory retirement age and date, a missing day of month clamped to the month's end.
   *
   * @throws IllegalArgumentException if {@code birthDate} is before {@link #EARLIEST_BIRTH_DATE} or
   *     after today in China
   */
  public static RetirementAge retirementAge(LocalDate birthDate, RetirementCategory category) {
    return retirementAge(birthDate, category, MonthEndPolicy.CLAMP_TO_MONTH_END);
  }

  /**
   * The statutory retirement age and date, with {@code dayPolicy} deciding the day when the birth
   * day does not exist in the month the age is reached.
   */
  public static RetirementAge retirementAge(
      LocalDate birthDate, RetirementCategory category, MonthEndPolicy dayPolicy) {
    requireNonNull(birthDate, "birthDate");
    requireNonNull(category, "category");
    requireNonNull(dayPolicy, "dayPolicy");
    checkBirthDate(birthDate);
    int delay = delayMonths(YearMonth.from(birthDate), category);
    int total = category.originalAgeYears() * 12 + delay;
    LocalDate retirement = dayPolicy.plusMonths(birthDate, total);
    LocalDate original = dayPolicy.plusMonths(birthDate, category.originalAgeYears() * 12L);
    return new RetirementAge(
        category,
        birthDate,
        total / 12,
        total % 12,
        retirement,
        CITATIONS,
        explainZh(birthDate, category, delay, original, retirement, dayPolicy),
        explainEn(birthDate, category, delay, original, retirement, dayPolicy));
  }

  /**
   * The day the worker reaches the statutory retirement age: {@link #retirementAge(LocalDate,
   * RetirementCategory)}{@code .retirementDate()}, without building the explanation a caller that
   * needs only the date would throw away.
   *
   * @throws IllegalArgumentException as {@link #retirementAge(LocalDate, RetirementCategory)}
   */
  public static LocalDate retirementDate(LocalDate birthDate, RetirementCategory category) {
    requireNonNull(birthDate, "birthDate");
    requireNonNull(category, "category");
    checkBirthDate(birthDate);
    int total = category.originalAgeYears() * 12 + delayMonths(YearMonth.from(birthDate), category);
    return MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(birthDate, total);
  }

  /**
   * The months the reform adds for a worker born in {@code birthMonth}: 0 before the category's
   * {@link RetirementCategory#firstAffectedBirthMonth() first affected birth month}, then one more
   * for each started period of 4 (or 2) birth months, at most {@link
   * RetirementCategory#maxDelayMonths()} (办法第一条).
   */
  public static int delayMonths(YearMonth birthMonth, RetirementCategory category) {
    requireNonNull(birthMonth, "birthMonth");
    requireNonNull(category, "category");
    long after = monthsAfterFirstAffected(birthMonth, category);
    if (after < 0) {
      return 0;
    }
    long delay = after / category.birthMonthsPerDelayMonth() + 1;
    return (int) Math.min(delay, category.maxDelayMonths());
  }

  /**
   * Completed years of age (周岁) on {@code on}: a year is completed on the birthday, a 29 February
   * birthday falling on 28 February in common years (the default day policy of {@link
   * #retirementAge(LocalDate, RetirementCategory)}, so that a worker is exactly the retirement
   * age's years old on the retirement date).
   */
  public static int completedYearsOfAge(LocalDate birthDate, LocalDate on) {
    return completedYearsOfAge(birthDate, on, MonthEndPolicy.CLAMP_TO_MONTH_END);
  }

  /**
   * Completed years of age on {@code on}, the birthday in a short month found by {@code policy}.
   */
  public static int completedYearsOfAge(LocalDate birthDate, LocalDate on, MonthEndPolicy policy) {
    requireNonNull(birthDate, "birthDate");
    requireNonNull(on, "on");
    requireNonNull(policy, "policy");
    if (on.isBefore(birthDate)) {
      throw new IllegalArgumentException(
          "on (" + on + ") must not be before birthDate (" + birthDate + ")");
    }
    return MonthsAndDays.between(birthDate, on, policy).months() / 12;
  }

  private static long monthsAfterFirstAffected(YearMonth birthMonth, RetirementCategory category) {
    return category.firstAffectedBirthMonth().until(birthMonth, ChronoUnit.MONTHS);
  }

  private static void checkBirthDate(LocalDate birthDate) {
    if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
      throw new IllegalArgumentException(
          "birthDate (" + birthDate + ") must not be before " + EARLIEST_BIRTH_DATE);
    }
    LocalDate today = LocalDate.now(CHINA);
    if (birthDate.isAfter(today)) {
      throw new IllegalArgumentException(
          "birthDate (" + birthDate + ") must not be after today (" + today + ")");
    }
  }

  private static String explainZh(
      LocalDate birth,
      RetirementCategory category,
      int delay,
      LocalDate original,
      LocalDate retirement,
      MonthEndPolicy policy) {
    int total = category.originalAgeYears() * 12 + delay;
    StringBuilder sb = new StringBuilder();
    sb.append(category.nameZh())
        .append("，出生于")
        .append(birth)
        .append("。原法定退休年龄")
        .append(category.originalAgeYears())
        .append("周岁（决定第一项），按原年龄于")
        .append(original)
        .append("退休");
    if (delay == 0) {
      sb.append("，早于2025年1月1日，不适用延迟（决定第五项）。");
    } else {
      YearMonth first = category.firstAffectedBirthMonth();
      long after = monthsAfterFirstAffected(YearMonth.from(birth), category);
      sb.append("，在2025年1月1日以后，适用办法第一条：自")
          .append(first)
          .append("出生者起，按出生月份每")
          .append(category.birthMonthsPerDelayMonth())
          .append("个月延迟一个月；本人出生月份比")
          .append(first)
          .append("晚")
          .append(after)
          .append("个月，延迟")
          .append(delay)
          .append("个月")
          .append(delay == category.maxDelayMonths() ? "（已达上限" : "（上限")
          .append(category.maxDelayMonths())
          .append("个月，即")
          .append(category.targetAgeYears())
          .append("周岁）。");
    }
    sb.append("法定退休年龄为")
        .append(RetirementAge.ageZh(total / 12, total % 12))
        .append("，于")
        .append(retirement)
        .append("达到（出生日期加上该年龄；")
        .append(policy == MonthEndPolicy.CLAMP_TO_MONTH_END ? "目标月份无此日的，取该月末日" : "目标月份无此日的，顺延至次月一日")
        .append("）。");
    return sb.toString();
  }

  private static String explainEn(
      LocalDate birth,
      RetirementCategory category,
      int delay,
      LocalDate original,
      LocalDate retirement,
      MonthEndPolicy policy) {
    int total = category.originalAgeYears() * 12 + delay;
    StringBuilder sb = new StringBuilder();
    sb.append("A ")
        .append(category.nameEn())
        .append(", born ")
        .append(birth)
        .append(". The original statutory retirement age is ")
        .append(category.originalAgeYears())
        .append(" (decision item 1), reached on ")
        .append(original);
    if (delay == 0) {
      sb.append(", before 2025-01-01: no delay (decision item 5). ");
    } else {
      YearMonth first = category.firstAffectedBirthMonth();
      long after = monthsAfterFirstAffected(YearMonth.from(birth), category);
      sb.append(
              ", on or after 2025-01-01, so art. 1 of the Measures applies: one month of delay for")
          .append(" every ")
          .append(category.birthMonthsPerDelayMonth())
          .append(" months of birth from ")
          .append(first)
          .append("; the birth month is ")
          .append(after)
          .append(" months after it, so the delay is ")
          .append(delay)
          .append(delay == 1 ? " month" : " months")
          .append(delay == category.maxDelayMonths() ? " (the maximum, " : " (at most ")
          .append(category.maxDelayMonths())
          .append(" months, i.e. age ")
          .append(category.targetAgeYears())
          .append("). ");
    }
    sb.append("Statutory retirement age ")
        .append(RetirementAge.ageEn(total / 12, total % 12))
        .append(", reached on ")
        .append(retirement)
        .append(" (birth date plus that age; ")
        .append(
            policy == MonthEndPolicy.CLAMP_TO_MONTH_END
                ? "a day missing in the target month is clamped to the month's last day"
                : "a day missing in the target month rolls to the 1st of the next month")
        .append(").");
    return sb.toString();
  }
}
