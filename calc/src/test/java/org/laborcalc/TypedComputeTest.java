package org.laborcalc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.UserFigures;
import org.laborcalc.region.Region;
import org.laborcalc.severance.SeveranceCalculation;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceItem;
import org.laborcalc.severance.SeveranceKeys;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.SeveranceResult;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.EvidenceItem;

/** The facade's typed entry point for any calculation, shown on ARBITRATION.md's 2N-1. */
class TypedComputeTest {
  private static final Region JINING = Region.of("370800");

  private static final LaborCalc CALC =
      LaborCalc.builder()
          .pack(
              UserFigures.pack("typed-compute-figures")
                  .add(
                      SeveranceKeys.MINIMUM_MONTHLY_WAGE,
                      JINING,
                      DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)),
                      Money.parse("2200.00"),
                      "illustrative")
                  .year(
                      SeveranceKeys.LOCAL_AVERAGE_MONTHLY_WAGE,
                      JINING,
                      2023,
                      Money.parse("7500.00"),
                      "illustrative")
                  .build())
          .build();

  private static SeveranceCase dismissedOn(LocalDate end) {
    LocalDate start = LocalDate.of(2019, 4, 8);
    return SeveranceCase.builder()
        .in(JINING)
        .employedFrom(start)
        .terminatedOn(end, InitiatedBy.EMPLOYER, TerminationGround.LCL_39_2)
        .foundUnlawful()
        .wage(
            EvidenceItem.payroll(YearMonth.from(start), Money.parse("8000.00"), true)
                .withThrough(YearMonth.from(end)))
        .build();
  }

  @Test
  void aSeveranceCaseFromCodeGivesItsTypedResult() {
    // 2N-1: 2019-04-08 .. 2024-06-17 = 5 years 2 months 10 days -> 5.5 months (art. 47 ¶1);
    // 8,000.00 is below 3 x 7,500.00, so no cap; 5.5 x 8,000.00 = 44,000.00; x 2 = 88,000.00.
    SeveranceResult r =
        CALC.compute(
            SeveranceCalculation.INSTANCE,
            new SeveranceCalculation.Input(
                dismissedOn(LocalDate.of(2024, 6, 17)), SeveranceOptions.defaults()));

    assertThat(r.total()).isEqualTo(Money.parse("88000.00"));
    assertThat(r.line(SeveranceItem.WRONGFUL_TERMINATION_DAMAGES)).isPresent();
    assertThat(r.line(SeveranceItem.ECONOMIC_COMPENSATION)).isEmpty();
  }

  @Test
  void validateAgreesWithComputeOnATypedCase() {
    var bad =
        new SeveranceCalculation.Input(
            dismissedOn(LocalDate.of(2019, 4, 1)), SeveranceOptions.defaults());

    assertThat(CALC.validate(SeveranceCalculation.INSTANCE, bad))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.path()).isNotBlank());
    assertThatThrownBy(() -> CALC.compute(SeveranceCalculation.INSTANCE, bad))
        .isInstanceOf(InvalidInputException.class);
  }
}
