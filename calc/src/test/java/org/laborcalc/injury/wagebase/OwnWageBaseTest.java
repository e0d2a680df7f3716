package org.laborcalc.injury.wagebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.wage.WageCase;
import org.laborcalc.wage.WageWindow;
import org.laborcalc.wage.WindowAnchor;

/** The window of 《工伤保险条例》第六十四条第二款: the twelve months before the injury month. */
class OwnWageBaseTest {

  @Test
  void theWindowIsTheTwelveMonthsBeforeTheInjuryMonth() {
    WageCase c = WageCase.of(LocalDate.of(2019, 12, 18), LocalDate.of(2017, 3, 1), List.of());
    WageWindow w = OwnWageBase.window(c);
    assertThat(w.anchor()).isEqualTo(WindowAnchor.INJURY);
    assertThat(w.anchorDate()).isEqualTo(LocalDate.of(2019, 12, 18));
    assertThat(w.monthsBefore()).isEqualTo(12);
    assertThat(w.rule()).isEqualTo(OwnWageLaw.OWN_WAGE);
    assertThat(w.firstMonth(c.employmentStart())).isEqualTo(YearMonth.of(2018, 12));
    assertThat(w.lastMonth()).isEqualTo(YearMonth.of(2019, 11));
  }
}
