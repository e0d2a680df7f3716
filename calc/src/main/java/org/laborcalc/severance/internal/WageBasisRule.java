package org.laborcalc.severance.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceKeys;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.WageBasis;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.EvidenceWeighing;
import org.laborcalc.wage.WageCase;
import org.laborcalc.wage.WageFindings;
import org.laborcalc.wage.WageWindow;
import org.laborcalc.wage.WindowAnchor;

/**
 * The monthly wage of 劳动合同法第四十七条: "本条所称月工资是指劳动者在劳动合同解除或者终止前十二个月的平均工资" (¶3), found by the same
 * evidence weighing as work injury over the twelve calendar months before the termination month;
 * "按照劳动者应得工资计算 … 低于当地最低工资标准的，按照当地最低工资标准计算。劳动者工作不满12个月的，按照实际工作的月数计算平均工资" (实施条例第二十七条); "劳动者月工资高于 …
 * 本地区上年度职工月平均工资三倍的，向其支付经济补偿的标准按职工月平均工资三倍的数额支付，向其支付经济补偿的年限最高不超过十二年" (¶2), the figures of the 劳动合同履行地
 * (实施条例第十四条).
 */
final class WageBasisRule {
  private WageBasisRule() {}

  /** The months of art. 47 ¶3: "前十二个月". */
  static final int WINDOW_MONTHS = 12;

  /** The figures the wage needs, all found. */
  record Lookups(
      ResolvedParameter<Money> minimum,
      ResolvedParameter<Money> localAverage,
      ResolvedParameter<java.math.BigDecimal> capMultiple,
      ResolvedParameter<java.math.BigDecimal> capYears,
      boolean minimumOfRegistration,
      boolean averageOfRegistration) {}

  /**
   * The twelve months under the option {@code severance.window}: the complete calendar months
   * before the termination month, or the months ending on the termination day (the termination
   * month worked to that day).
   */
  static WageWindow window(SeveranceCase c, SeveranceOptions o) {
    return new WageWindow(
        WindowAnchor.TERMINATION,
        c.terminationDate(),
        WINDOW_MONTHS,
        "经济补偿月工资",
        Law.TWELVE_MONTHS,
        o.window() == SeveranceOptions.Window.MONTHS_ENDING_ON_TERMINATION_DATE);
  }

  /** The evidence problems, paths from the file's root. */
  static List<Violation> validate(SeveranceCase c, SeveranceOptions o) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : EvidenceWeighing.validate(wageCase(c, c.wageEvidence()), window(c, o))) {
      String p = v.path();
      String path =
          p.equals("employmentStart")
              ? "case.employment.start"
              : p.startsWith("evidence")
                  ? "case.wage." + p
                  : p.startsWith("options")
                      ? "case.wage." + p
                      : "case.wage" + (p.isEmpty() ? "" : "." + p);
      out.add(Violation.of(path, v.code(), v.messageZh(), v.messageEn()));
    }
    return out;
  }

  /** The figures, each miss recorded in {@code f}; empty when one is missing. */
  static Optional<Lookups> lookups(SeveranceCase c, Figures f) {
    LocalDate end = c.terminationDate();
    var min = f.find(SeveranceKeys.MINIMUM_MONTHLY_WAGE, c.region(), end);
    // art. 47 ¶2: the figure of the 直辖市 or 设区的市 — for a county, the city it lies in
    Region city = Regions.bundled().prefecture(c.region()).orElse(c.region());
    var avg =
        f.cityFigure(
            SeveranceKeys.LOCAL_AVERAGE_MONTHLY_WAGE, city, LocalDate.of(end.getYear() - 1, 7, 1));
    var nation = Regions.bundled().national();
    var multiple = f.find(SeveranceKeys.CAP_MULTIPLE, nation, end);
    var years = f.find(SeveranceKeys.CAP_YEARS, nation, end);
    Region reg = c.agreedRegistrationPlace();
    boolean minimumOfRegistration = false;
    boolean averageOfRegistration = false;
    if (reg != null) {
      // 实施条例第十四条: the registration place's standard where higher, as agreed.
      var min2 = f.find(SeveranceKeys.MINIMUM_MONTHLY_WAGE, reg, end);
      Region regCity = Regions.bundled().prefecture(reg).orElse(reg);
      var avg2 =
          f.cityFigure(
              SeveranceKeys.LOCAL_AVERAGE_MONTHLY_WAGE,
              regCity,
              LocalDate.of(end.getYear() - 1, 7, 1));
      if (min2.isEmpty() || avg2.isEmpty()) {
        return Optional.empty();
      }
      if (min.isPresent() && min2.get().value().isGreaterThan(min.get().value())) {
        min = min2;
        minimumOfRegistration = true;
      }
      if (avg.isPresent() && avg2.get().value().isGreaterThan(avg.get().value())) {
        avg = avg2;
        averageOfRegistration = true;
      }
    }
    if (min.isEmpty() || avg.isEmpty() || multiple.isEmpty() || years.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Lookups(
            min.get(),
            avg.get(),
            multiple.get(),
            years.get(),
            minimumOfRegistration,
            averageOfRegistration));
  }

  /**
   * The wage on the findings.
   *
   * @throws org.laborcalc.wage.InsufficientEvidenceException when no month has usable evidence
   */
  static WageBasis basis(SeveranceCase c, SeveranceOptions o, Lookups l) {
    List<EvidenceItem> evidence =
        o.abnormalMonths() == SeveranceOptions.AbnormalMonths.EXCLUDE
            ? withoutMonths(c.wageEvidence(), c.abnormalMonths())
            : c.wageEvidence();
    WageFindings findings = EvidenceWeighing.weigh(wageCase(c, evidence), window(c, o));
    List<WageBasis.Overtime> overtime = OvertimeSplit.excluded(c, o, findings);
    Money average =
        overtime.isEmpty()
            ? findings.average()
            // Rounding point "average", on the months' wages less their overtime.
            : overtimeLess(findings, overtime)
                .dividedBy(
                    java.math.BigDecimal.valueOf(findings.monthsAveraged()),
                    Money.DEFAULT_ROUNDING);
    Money minimum = l.minimum().value();
    boolean minimumApplied = average.isLessThan(minimum);
    Money base = minimumApplied ? minimum : average;
    Money cap = l.localAverage().value().times(l.capMultiple().value(), Money.DEFAULT_ROUNDING);
    boolean aboveCap = base.isGreaterThan(cap);
    List<ParameterUse> uses =
        List.of(
            Figures.use(l.minimum()),
            Figures.use(l.localAverage()),
            Figures.use(l.capMultiple()),
            Figures.use(l.capYears()));
    Set<Citation> cites = new LinkedHashSet<>();
    cites.add(Law.TWELVE_MONTHS);
    cites.add(Law.WAGE_BASIS);
    cites.add(Law.CAP);
    cites.add(Law.PLACE_OF_PERFORMANCE);
    cites.addAll(findings.citations());
    return new WageBasis(
        findings,
        overtime,
        average,
        base,
        minimumApplied,
        l.localAverage().value(),
        l.capMultiple().value(),
        cap,
        aboveCap,
        l.capYears().value(),
        uses,
        List.copyOf(cites),
        // 实施条例第十四条 applied only where the registration place's figure sets the amount.
        (l.minimumOfRegistration() && minimumApplied) || (l.averageOfRegistration() && aboveCap));
  }

  private static Money overtimeLess(WageFindings f, List<WageBasis.Overtime> overtime) {
    return overtime.stream().map(WageBasis.Overtime::amount).reduce(f.total(), Money::minus);
  }

  private static WageCase wageCase(SeveranceCase c, List<EvidenceItem> evidence) {
    return new WageCase(
        c.terminationDate(), c.employment().start(), evidence, c.procedure(), c.wageOptions());
  }

  /** The evidence with the listed months cut out (a period split around them). */
  static List<EvidenceItem> withoutMonths(List<EvidenceItem> items, List<YearMonth> months) {
    if (months.isEmpty()) {
      return items;
    }
    Set<YearMonth> cut = Set.copyOf(months);
    List<EvidenceItem> out = new ArrayList<>();
    for (EvidenceItem i : items) {
      YearMonth runStart = null;
      for (YearMonth m = i.month(); !m.isAfter(i.through()); m = m.plusMonths(1)) {
        if (cut.contains(m)) {
          if (runStart != null) {
            out.add(run(i, runStart, m.minusMonths(1)));
            runStart = null;
          }
        } else if (runStart == null) {
          runStart = m;
        }
      }
      if (runStart != null) {
        out.add(run(i, runStart, i.through()));
      }
    }
    return out;
  }

  private static EvidenceItem run(EvidenceItem i, YearMonth from, YearMonth to) {
    return new EvidenceItem(
        i.id(),
        i.kind(),
        from,
        to,
        i.amount(),
        i.source(),
        i.signedByWorker(),
        i.payerIsEmployer(),
        i.netOfDeductions(),
        i.nonWage(),
        i.nonWageReason());
  }
}
