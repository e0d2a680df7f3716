package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.laborcalc.wage.WageFixtures.FIGURES;
import static org.laborcalc.wage.WageFixtures.INJURY;
import static org.laborcalc.wage.WageFixtures.figuresWithAverage;
import static org.laborcalc.wage.WageFixtures.ym;
import static org.laborcalc.wage.WageFixtures.yuan;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.laborcalc.injury.wagebase.OwnWageBase;
import org.laborcalc.wage.ClampResult.Direction;

/**
 * 《工伤保险条例》第六十四条第二款: above 300 % of the regional average counts as 300 %, below 60 % as 60 %;
 * exactly at a bound is unchanged. Regional average 5,200.00: bounds 3,120.00 and 15,600.00.
 */
class ClampTest {

  @ParameterizedTest(name = "{0} → {1} ({2})")
  @CsvSource({
    "0.00,      3120.00,  RAISED_TO_LOWER_BOUND",
    "3119.99,   3120.00,  RAISED_TO_LOWER_BOUND",
    "3120.00,   3120.00,  NONE",
    "3120.01,   3120.01,  NONE",
    "6500.00,   6500.00,  NONE",
    "15599.99,  15599.99, NONE",
    "15600.00,  15600.00, NONE",
    "15600.01,  15600.00, LOWERED_TO_UPPER_BOUND",
    "99999.00,  15600.00, LOWERED_TO_UPPER_BOUND",
  })
  void clampAtBothBoundsToTheFen(String value, String expected, Direction direction) {
    ClampResult r = ClampBounds.of(FIGURES).apply(yuan(value));
    assertThat(r.lower()).isEqualTo(yuan("3120.00"));
    assertThat(r.upper()).isEqualTo(yuan("15600.00"));
    assertThat(r.result()).isEqualTo(yuan(expected));
    assertThat(r.direction()).isEqualTo(direction);
  }

  @ParameterizedTest(name = "average {0}: bounds {1} and {2}")
  @CsvSource({
    // 5,333.33 × 60 % = 3,199.998 → 3,200.00; × 300 % = 15,999.99.
    "5333.33, 3200.00, 15999.99",
    // 4,321.09 × 60 % = 2,592.654 → 2,592.65; × 300 % = 12,963.27.
    "4321.09, 2592.65, 12963.27",
    // 7,654.35 × 60 % = 4,592.61; × 300 % = 22,963.05.
    "7654.35, 4592.61, 22963.05",
    // 1,000.05 × 60 % = 600.03; × 300 % = 3,000.15.
    "1000.05, 600.03, 3000.15",
    // 1,000.01 × 60 % = 600.006 → 600.01 (half-up at the fen).
    "1000.01, 600.01, 3000.03",
  })
  void boundsAreRoundedHalfUpToTheFen(String average, String lower, String upper) {
    ClampBounds b = ClampBounds.of(figuresWithAverage(average));
    assertThat(b.lower()).isEqualTo(yuan(lower));
    assertThat(b.upper()).isEqualTo(yuan(upper));
  }

  @ParameterizedTest(name = "one month at {0}: 本人工资 {1}, 原工资 {0}")
  @CsvSource({
    "3119.99,  3120.00",
    "3120.00,  3120.00",
    "3120.01,  3120.01",
    "15599.99, 15599.99",
    "15600.00, 15600.00",
    "15600.01, 15600.00",
  })
  void theOwnWageIsClampedButTheOriginalWageIsNot(String wage, String ownWage) {
    // One complete month worked (November 2019), paid `wage`.
    WageCase c =
        WageCase.of(
            INJURY,
            LocalDate.of(2019, 11, 1),
            List.of(EvidenceItem.bankDeposit(ym(2019, 11), yuan(wage))));
    WageDetermination d = OwnWageBase.determine(c, FIGURES);
    assertThat(d.average()).isEqualTo(yuan(wage));
    assertThat(d.ownWage()).isEqualTo(yuan(ownWage));
    assertThat(d.originalWage()).isEqualTo(yuan(wage));
    assertThat(d.clamp().lower()).isEqualTo(yuan("3120.00"));
    assertThat(d.clamp().upper()).isEqualTo(yuan("15600.00"));
  }
}
