package org.laborcalc.wage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.laborcalc.injury.wagebase.OwnWageLaw;

/**
 * The work-injury articles the legacy types of this package still cite are the very ones the
 * work-injury wage base applies.
 */
class OwnWageLawCopiesTest {

  @Test
  void theCopiesAreTheWorkInjuryBasesArticles() {
    assertThat(WageLaw.CLAMP).isEqualTo(OwnWageLaw.CLAMP);
    assertThat(WageLaw.ORIGINAL_WAGE).isEqualTo(OwnWageLaw.ORIGINAL_WAGE);
    assertThat(WageLaw.DAILY_WAGE).isEqualTo(OwnWageLaw.DAILY_WAGE);
  }
}
