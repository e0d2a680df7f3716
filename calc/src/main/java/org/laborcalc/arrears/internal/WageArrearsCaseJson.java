package org.laborcalc.arrears.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.arrears.WageArrearsCase;
import org.laborcalc.arrears.WageArrearsOptions;
import org.laborcalc.calculation.internal.CaseFields;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;
import org.laborcalc.pay.internal.Fields;
import org.laborcalc.region.Region;

/**
 * The case file of kind {@code "wage-arrears"}: its {@code case} bound to the records below and
 * turned into a {@link WageArrearsCase} (the checks across fields are {@link CaseChecks}, shared
 * with the typed API), and its {@code options}; every problem at its path from the file's root.
 */
public final class WageArrearsCaseJson {
  private WageArrearsCaseJson() {}

  /** The case and its options, read. */
  public record Read(WageArrearsCase wageArrearsCase, WageArrearsOptions options) {}

  record CaseDto(
      String region,
      EmploymentDto employment,
      Integer payDay,
      Boolean minimumWageClaimed,
      List<MonthDto> months,
      OrderDto order) {}

  record EmploymentDto(LocalDate end) {}

  record MonthDto(
      YearMonth month,
      YearMonth through,
      String payable,
      String paid,
      String overtimePay,
      String specialAllowances,
      String statutoryWelfare,
      Boolean normalWork) {}

  record OrderDto(
      LocalDate orderedOn,
      LocalDate deadline,
      String amountOrdered,
      String paidByDeadline,
      String ratePercent) {}

  /**
   * The case and options.
   *
   * @throws InvalidInputException listing the problems, paths from the file's root
   */
  public static Read read(JsonNode caseNode, JsonNode optionsNode) {
    List<Violation> out = new ArrayList<>();
    WageArrearsOptions options =
        CaseFields.options(
            optionsNode,
            WageArrearsOptions.defaults(),
            WageArrearsOptions.defaults().asMap().keySet(),
            (o, name, v, path) ->
                new WageArrearsOptions(
                    CaseFields.option(v, WageArrearsOptions.Art85Base.class, path)),
            out);
    CaseDto d = Fields.bind(caseNode, CaseDto.class, out);
    Region region = CaseFields.region(d.region(), "case.region", out);
    List<WageArrearsCase.MonthPay> months = new ArrayList<>();
    List<MonthDto> rows = Fields.rows(d.months(), "case.months", out);
    for (int i = 0; i < rows.size(); i++) {
      MonthDto m = rows.get(i);
      String p = "case.months[" + i + "]";
      if (m == null || m.month() == null) {
        out.add(Fields.required(p + ".month"));
        continue;
      }
      YearMonth through = m.through() == null ? m.month() : m.through();
      if (Fields.month(m.month(), p + ".month", out) == null
          || Fields.month(through, p + ".through", out) == null) {
        continue;
      }
      if (through.isBefore(m.month())) {
        out.add(
            Violation.of(p + ".through", "OUT_OF_RANGE", "截止月份早于起始月份", "through is before month"));
        continue;
      }
      Money payable = Fields.money(m.payable(), p + ".payable", out);
      Money paid = Fields.money(m.paid(), p + ".paid", out);
      Money overtime = Fields.money(m.overtimePay(), Money.ZERO, p + ".overtimePay", out);
      Money special =
          Fields.money(m.specialAllowances(), Money.ZERO, p + ".specialAllowances", out);
      Money welfare = Fields.money(m.statutoryWelfare(), Money.ZERO, p + ".statutoryWelfare", out);
      if (payable == null
          || paid == null
          || overtime == null
          || special == null
          || welfare == null) {
        continue;
      }
      boolean normal = m.normalWork() == null || m.normalWork();
      for (YearMonth ym = m.month(); !ym.isAfter(through); ym = ym.plusMonths(1)) {
        if (months.size() >= Fields.MAX_ROWS) {
          out.add(Violation.of(p + ".through", "OUT_OF_RANGE", "工资月份过多", "too many wage months"));
          break;
        }
        months.add(
            new WageArrearsCase.MonthPay(ym, payable, paid, overtime, special, welfare, normal));
      }
    }
    WageArrearsCase.Order order = null;
    if (d.order() != null) {
      OrderDto o = d.order();
      String p = "case.order";
      Money ordered =
          o.amountOrdered() == null
              ? null
              : Fields.money(o.amountOrdered(), p + ".amountOrdered", out);
      Money paid =
          o.paidByDeadline() == null
              ? null
              : Fields.money(o.paidByDeadline(), p + ".paidByDeadline", out);
      BigDecimal rate =
          o.ratePercent() == null
              ? null
              : Fields.percent(
                  o.ratePercent(),
                  CaseChecks.MIN_RATE,
                  CaseChecks.MAX_RATE,
                  p + ".ratePercent",
                  out);
      order = new WageArrearsCase.Order(o.orderedOn(), o.deadline(), ordered, paid, rate);
    }
    if (!out.isEmpty()) {
      throw new InvalidInputException(out);
    }
    return new Read(
        new WageArrearsCase(
            region,
            d.employment() == null ? null : d.employment().end(),
            d.payDay(),
            Boolean.TRUE.equals(d.minimumWageClaimed()),
            months,
            order),
        options);
  }
}
