package org.laborcalc.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.laborcalc.LaborCalc;
import org.laborcalc.calculation.Outcome;
import org.laborcalc.money.Money;
import org.laborcalc.result.LineValue;

/** Laws of the annual-leave claim. */
class AnnualLeaveProperties {
  private static final LaborCalc CALC = LaborCalc.withBundledParameters();

  private static AnnualLeaveResult compute(
      LocalDate start, LocalDate end, int cumulativeYears, int taken2, String options) {
    String json =
        """
        {"calculation": "annual-leave", "formatVersion": 1,
         "case": {"region": "330100", "employment": {"start": "%s", "end": %s},
                  "cumulativeWork": {"asOf": "%s", "years": %d}, "monthlyWage": "6525.00",
                  "years": [{"year": 2024, "daysTaken": %s}]},
         "options": %s}
        """
            .formatted(
                start,
                end == null ? "null" : "\"" + end + "\"",
                start,
                cumulativeYears,
                BigDecimal.valueOf(taken2)
                    .movePointLeft(1)
                    .multiply(BigDecimal.valueOf(5))
                    .toPlainString(),
                options);
    Outcome o = CALC.compute(json);
    assertThat(o.violations()).isEmpty();
    return o.result(AnnualLeaveResult.class);
  }

  @Property
  void leaveDaysAreWithinTheBandAndNeverNegative(
      @ForAll @IntRange(min = 0, max = 300) int startOffset,
      @ForAll @IntRange(min = 0, max = 365) int endOffset,
      @ForAll @IntRange(min = 0, max = 40) int cumulativeYears,
      @ForAll @IntRange(min = 0, max = 40) int takenHalves,
      @ForAll @IntRange(min = 0, max = 2) int band) {
    LocalDate start = LocalDate.of(2023, 6, 1).plusDays(startOffset);
    LocalDate end = start.plusDays(endOffset);
    if (end.getYear() > 2024) {
      end = null;
    }
    String option =
        List.of(
                "{}",
                "{\"bandChange\": \"BAND_AT_YEAR_END\"}",
                "{\"truncation\": \"TRUNCATE_ENTITLEMENT_FIRST\"}")
            .get(band);
    if (end != null && end.getYear() < 2024) {
      return;
    }
    AnnualLeaveResult r = compute(start, end, cumulativeYears, takenHalves, option);
    BigDecimal unused = r.years().get(0).days().unused();
    assertThat(unused.signum()).isGreaterThanOrEqualTo(0);
    assertThat(unused).isLessThanOrEqualTo(BigDecimal.valueOf(15));
    Money sum = Money.ZERO;
    for (AnnualLeaveResult.YearResult y : r.years()) {
      sum = sum.plus(((LineValue.OneTime) y.line().value()).amount());
      assertThat(y.line().formula().evaluate())
          .isEqualTo(((LineValue.OneTime) y.line().value()).amount());
    }
    assertThat(r.total()).isEqualTo(sum);
  }
}
