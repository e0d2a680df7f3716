package org.laborcalc.severance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceKeys;
import org.laborcalc.severance.SeveranceResult;
import org.laborcalc.severance.SuspensionRule;
import org.laborcalc.time.DateRange;

/**
 * Periods of 劳动合同中止 in the service. National law has no suspension: 劳动合同法第四十七条 counts "在本单位工作的年限"
 * from 用工之日 to the end. Where the region's law says otherwise — Shandong from 2013-10-01:
 * "劳动合同中止期间不计算为劳动者在用人单位的工作年限" (山东省劳动合同条例第二十六条第二款) — the days are left out, as the STRUCTURED
 * parameter {@code severance.suspension} of the region and day says ({@link SuspensionRule}); never
 * {@code if (province)}. A day no rule held covers is counted, with a notice.
 */
final class Suspensions {
  private Suspensions() {}

  private static final String PATH = "case.employment.suspensions";

  /**
   * What the rules make of the case's suspensions.
   *
   * @param notCounted the days left out of the service
   * @param citations the articles that leave them out
   * @param parameters the rules used
   * @param notices what the result says of each period
   */
  record Applied(
      List<DateRange> notCounted,
      List<Citation> citations,
      List<ParameterUse> parameters,
      List<SeveranceResult.Notice> notices) {
    static final Applied NONE = new Applied(List.of(), List.of(), List.of(), List.of());
  }

  /** Each period within the employment with this employer, in order, none overlapping another. */
  static List<Violation> check(SeveranceCase c) {
    List<Violation> out = new ArrayList<>();
    LocalDate start = c.employment().start();
    LocalDate end = c.terminationDate();
    List<SeveranceCase.Suspension> all = c.suspensions();
    for (int i = 0; i < all.size(); i++) {
      SeveranceCase.Suspension s = all.get(i);
      String p = PATH + "[" + i + "]";
      if (s.lastDay().isBefore(s.from())) {
        out.add(
            Violation.of(
                p + ".lastDay",
                "END_BEFORE_START",
                "中止期间的最后一日（" + s.lastDay() + "）不能早于其开始之日（" + s.from() + "）",
                "the last day of the suspension ("
                    + s.lastDay()
                    + ") must not be before its first ("
                    + s.from()
                    + ")"));
        continue;
      }
      if (s.from().isBefore(start) || s.lastDay().isAfter(end)) {
        out.add(
            Violation.of(
                p,
                "OUTSIDE_EMPLOYMENT",
                "中止期间（"
                    + s.from()
                    + "至"
                    + s.lastDay()
                    + "）须在本单位用工之日（"
                    + start
                    + "）至解除或者终止之日（"
                    + end
                    + "）之内",
                "the suspension ("
                    + s.from()
                    + " to "
                    + s.lastDay()
                    + ") must lie within the employment here ("
                    + start
                    + " to "
                    + end
                    + ")"));
        continue;
      }
      for (int j = 0; j < i; j++) {
        SeveranceCase.Suspension o = all.get(j);
        if (!o.lastDay().isBefore(o.from()) && range(o).overlaps(range(s))) {
          out.add(
              Violation.of(
                  p,
                  "OVERLAPS",
                  "中止期间（" + s.from() + "至" + s.lastDay() + "）与第" + (j + 1) + "项重叠",
                  "the suspension ("
                      + s.from()
                      + " to "
                      + s.lastDay()
                      + ") overlaps "
                      + PATH
                      + "["
                      + j
                      + "]"));
          break;
        }
      }
    }
    return out;
  }

  /** The days the region's rules leave out of the service; call only after {@link #check}. */
  static Applied apply(SeveranceCase c, Parameters parameters) {
    if (c.suspensions().isEmpty()) {
      return Applied.NONE;
    }
    List<DateRange> out = new ArrayList<>();
    Set<Citation> cites = new LinkedHashSet<>();
    List<ParameterUse> uses = new ArrayList<>();
    List<SeveranceResult.Notice> notices = new ArrayList<>();
    List<SeveranceCase.Suspension> sorted =
        c.suspensions().stream()
            .sorted(Comparator.comparing(SeveranceCase.Suspension::from))
            .toList();
    for (SeveranceCase.Suspension s : sorted) {
      Optional<ResolvedParameter<SuspensionRule>> rule =
          parameters.find(SeveranceKeys.SUSPENSION, c.region(), s.from());
      LocalDate excludedFrom = s.from();
      if (rule.isEmpty()) {
        // A rule that took effect during the period covers its days from then.
        rule = parameters.find(SeveranceKeys.SUSPENSION, c.region(), s.lastDay());
        if (rule.isPresent()) {
          excludedFrom = rule.get().entry().range().start();
        }
      }
      boolean excluded = rule.isPresent() && rule.get().value().excludedFromService();
      if (excludedFrom.isAfter(s.from())) {
        notices.add(counted(c, s.from(), excludedFrom.minusDays(1)));
      }
      if (!excluded) {
        if (rule.isPresent()) {
          cites.addAll(rule.get().citations());
          uses.add(Figures.use(rule.get()));
        }
        notices.add(counted(c, excludedFrom, s.lastDay()));
        continue;
      }
      DateRange days = DateRange.ofClosed(excludedFrom, s.lastDay());
      out.add(days);
      List<Citation> why = rule.get().citations();
      cites.addAll(why);
      uses.add(Figures.use(rule.get()));
      String article = why.isEmpty() ? "" : why.get(0).toChinese();
      notices.add(
          new SeveranceResult.Notice(
              "SUSPENSION_NOT_SERVICE",
              "劳动合同中止期间"
                  + excludedFrom
                  + "至"
                  + s.lastDay()
                  + "（"
                  + days.lengthInDays()
                  + "天）不计算为工作年限（"
                  + article
                  + "）；扣除方法：工作年限的终点按扣除的天数前移，再按日历月和日计算（非法律规定，请仲裁庭核定）",
              "the suspension from "
                  + excludedFrom
                  + " to "
                  + s.lastDay()
                  + " ("
                  + days.lengthInDays()
                  + " days) is not service ("
                  + article
                  + "); the days are taken off by bringing the end of the service forward by"
                  + " them, then counting calendar months and days (not a statutory rule: for"
                  + " the tribunal to confirm)"));
    }
    return new Applied(out, List.copyOf(cites), uses, notices);
  }

  /** The wage's parameters and the suspension rules used. */
  static List<ParameterUse> withRules(List<ParameterUse> wage, Applied a) {
    if (a.parameters().isEmpty()) {
      return wage;
    }
    List<ParameterUse> out = new ArrayList<>(wage);
    out.addAll(a.parameters());
    return out;
  }

  /** "（已扣除劳动合同中止期间92天）", or empty when no day was left out. */
  static String lengthNoteZh(org.laborcalc.employment.ServiceLength s) {
    return s.daysNotCounted() == 0 ? "" : "（已扣除劳动合同中止期间" + s.daysNotCounted() + "天）";
  }

  /** " (92 days of suspension left out)", or empty. */
  static String lengthNoteEn(org.laborcalc.employment.ServiceLength s) {
    return s.daysNotCounted() == 0
        ? ""
        : " (" + s.daysNotCounted() + " days of suspension left out)";
  }

  private static SeveranceResult.Notice counted(SeveranceCase c, LocalDate from, LocalDate to) {
    return new SeveranceResult.Notice(
        "SUSPENSION_COUNTED",
        "劳动合同中止期间"
            + from
            + "至"
            + to
            + "：法律资料中没有"
            + c.region()
            + "在该期间不计算工作年限的规定，按劳动合同法第四十七条计入在本单位工作的年限，请仲裁庭核定",
        "the suspension from "
            + from
            + " to "
            + to
            + ": no rule held for "
            + c.region()
            + " on those days leaves it out of the service, so it is counted as service here"
            + " (art. 47): for the tribunal to confirm");
  }

  private static DateRange range(SeveranceCase.Suspension s) {
    return DateRange.ofClosed(s.from(), s.lastDay());
  }
}
