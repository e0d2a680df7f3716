package org.laborcalc.sickleave.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.internal.CaseFields;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;
import org.laborcalc.pay.internal.Fields;
import org.laborcalc.region.Region;
import org.laborcalc.sickleave.SickLeaveCase;
import org.laborcalc.sickleave.SickLeaveOptions;

/**
 * The case file of kind {@code "sick-leave"}: its {@code case} bound to the records below and
 * turned into a {@link SickLeaveCase} (the checks across fields are {@link CaseChecks}, shared with
 * the typed API), and its {@code options}; every problem at its path from the file's root.
 */
public final class SickLeaveCaseJson {
  private SickLeaveCaseJson() {}

  /** The case and its options, read. */
  public record Read(SickLeaveCase sickLeaveCase, SickLeaveOptions options) {}

  record CaseDto(
      String region,
      LocalDate workStarted,
      LocalDate employmentStart,
      List<PeriodDto> sickLeave,
      RuleDto sickPayRule,
      List<MonthDto> sickPayMonths) {}

  record PeriodDto(LocalDate from, LocalDate to) {}

  record RuleDto(String percent, String monthlyWage, String source) {}

  record MonthDto(YearMonth month, YearMonth through, String paid) {}

  /**
   * The case and options.
   *
   * @throws InvalidInputException listing the problems, paths from the file's root
   */
  public static Read read(JsonNode caseNode, JsonNode optionsNode) {
    List<Violation> out = new ArrayList<>();
    SickLeaveOptions options =
        CaseFields.options(
            optionsNode,
            SickLeaveOptions.defaults(),
            SickLeaveOptions.defaults().asMap().keySet(),
            (o, name, v, path) ->
                new SickLeaveOptions(CaseFields.option(v, SickLeaveOptions.Boundary.class, path)),
            out);
    CaseDto d = Fields.bind(caseNode, CaseDto.class, out);
    Region region = CaseFields.region(d.region(), "case.region", out);
    CaseFields.required(d.workStarted(), "case.workStarted", out);
    CaseFields.required(d.employmentStart(), "case.employmentStart", out);
    List<SickLeaveCase.SickPeriod> periods = new ArrayList<>();
    List<PeriodDto> rows = Fields.rows(d.sickLeave(), "case.sickLeave", out);
    for (int i = 0; i < rows.size(); i++) {
      PeriodDto p = rows.get(i);
      String at = "case.sickLeave[" + i + "]";
      if (p == null) {
        out.add(Fields.required(at));
        continue;
      }
      LocalDate from = CaseFields.required(p.from(), at + ".from", out);
      LocalDate to = CaseFields.required(p.to(), at + ".to", out);
      if (from != null && to != null) {
        periods.add(new SickLeaveCase.SickPeriod(from, to));
      }
    }
    SickLeaveCase.SickPayRule rule = null;
    if (d.sickPayRule() != null) {
      RuleDto r = d.sickPayRule();
      String at = "case.sickPayRule";
      BigDecimal pct =
          Fields.percent(
              r.percent(), BigDecimal.ZERO, BigDecimal.valueOf(100), at + ".percent", out);
      Money wage = Fields.money(r.monthlyWage(), at + ".monthlyWage", out);
      String source = CaseFields.required(r.source(), at + ".source", out);
      if (pct != null && wage != null && source != null) {
        rule = new SickLeaveCase.SickPayRule(pct, wage, source);
      }
    }
    List<SickLeaveCase.SickPayMonth> months = new ArrayList<>();
    List<MonthDto> mrows = Fields.rows(d.sickPayMonths(), "case.sickPayMonths", out);
    for (int i = 0; i < mrows.size(); i++) {
      MonthDto m = mrows.get(i);
      String at = "case.sickPayMonths[" + i + "]";
      if (m == null || m.month() == null) {
        out.add(Fields.required(at + ".month"));
        continue;
      }
      YearMonth through = m.through() == null ? m.month() : m.through();
      if (Fields.month(m.month(), at + ".month", out) == null
          || Fields.month(through, at + ".through", out) == null) {
        continue;
      }
      if (through.isBefore(m.month())) {
        out.add(Fields.invalid(at + ".through", "截止月份早于起始月份", "through is before month"));
        continue;
      }
      Money paid = Fields.money(m.paid(), Money.ZERO, at + ".paid", out);
      if (paid == null) {
        continue;
      }
      for (YearMonth ym = m.month(); !ym.isAfter(through); ym = ym.plusMonths(1)) {
        if (months.size() >= Fields.MAX_ROWS) {
          out.add(Fields.invalid(at + ".through", "月份过多", "too many months"));
          break;
        }
        months.add(new SickLeaveCase.SickPayMonth(ym, paid));
      }
    }
    if (!out.isEmpty()) {
      throw new InvalidInputException(out);
    }
    return new Read(
        new SickLeaveCase(region, d.workStarted(), d.employmentStart(), periods, rule, months),
        options);
  }
}
