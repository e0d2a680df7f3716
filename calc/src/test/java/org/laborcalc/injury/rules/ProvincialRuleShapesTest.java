package org.laborcalc.injury.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.laborcalc.injury.rules.TerminationSubsidyRule.AtRetirement;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Base;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Payability;
import org.laborcalc.injury.rules.TerminationSubsidyRule.Subsidy;
import org.laborcalc.money.Money;

/**
 * The provincial rule shapes refuse what no provincial text says: a table that misses or adds a
 * grade, a negative figure, a lump-sum multiple of zero. Figures are Henan's (2007) art. 27 months
 * for grades 5–10: 医疗 16/14/12/10/8/6, 就业 56/46/36/26/16/6; and Jiangsu's (2015) yuan amounts.
 */
class ProvincialRuleShapesTest {

  private static Map<String, BigDecimal> months(int... perGrade) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < perGrade.length; i++) {
      m.put(Integer.toString(5 + i), BigDecimal.valueOf(perGrade[i]));
    }
    return m;
  }

  private static TerminationSubsidyRule henan(Map<String, BigDecimal> medical) {
    return new TerminationSubsidyRule(
        Base.REGIONAL_AVERAGE_MONTHLY_WAGE,
        medical,
        months(56, 46, 36, 26, 16, 6),
        null,
        null,
        null,
        BigDecimal.valueOf(30),
        null,
        null,
        null);
  }

  @Test
  void aTableOfGradesFiveToTenIsRead() {
    TerminationSubsidyRule rule = henan(months(16, 14, 12, 10, 8, 6));
    assertThat(rule.months(Subsidy.MEDICAL, 5)).contains(BigDecimal.valueOf(16));
    assertThat(rule.months(Subsidy.EMPLOYMENT, 10)).contains(BigDecimal.valueOf(6));
    assertThat(rule.medicalMonths()).hasSize(6);
    assertThat(rule.employmentMonths()).containsEntry("7", BigDecimal.valueOf(36));
    assertThat(rule.amount(Subsidy.MEDICAL, 5)).isEmpty();
    // no rule text: unspecified at retirement, base not raised
    assertThat(rule.atOrAfterRetirement().of(Subsidy.MEDICAL)).isEqualTo(Payability.UNSPECIFIED);
    assertThat(rule.atOrAfterRetirement().of(Subsidy.EMPLOYMENT)).isEqualTo(Payability.UNSPECIFIED);
    assertThat(rule.ownWageRaisedToPreTerminationAverage()).isFalse();
  }

  @Test
  void aTableMissingOrAddingAGradeIsRefused() {
    Map<String, BigDecimal> five = months(16, 14, 12, 10, 8);
    assertThatThrownBy(() -> henan(five))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("medicalMonths ([5, 6, 7, 8, 9]) must give exactly grades 5 to 10");
    Map<String, BigDecimal> withFour = months(16, 14, 12, 10, 8, 6);
    withFour.put("4", BigDecimal.ONE);
    assertThatThrownBy(() -> henan(withFour))
        .hasMessage("medicalMonths ([10, 4, 5, 6, 7, 8, 9]) must give exactly grades 5 to 10");
  }

  @Test
  void aNegativeFigureIsRefusedAndZeroIsAccepted() {
    assertThatThrownBy(() -> henan(months(16, 14, 12, 10, 8, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("medicalMonths.10 (-1) must not be negative");
    assertThat(henan(months(16, 14, 12, 10, 8, 0)).months(Subsidy.MEDICAL, 10))
        .contains(BigDecimal.ZERO);
    Map<String, Money> amounts = new LinkedHashMap<>();
    for (String g : TerminationSubsidyRule.GRADES) {
      amounts.put(g, Money.ofYuan(10000));
    }
    amounts.put("9", Money.parse("-0.01"));
    assertThatThrownBy(
            () ->
                new TerminationSubsidyRule(
                    Base.FIXED_AMOUNT, null, null, amounts, null, null, null, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("medicalAmounts.9 (-0.01) must not be negative");
  }

  /** Jiangsu (省政府令第103号): 医疗 200k/160k/120k/80k/50k/30k yuan for grades 5–10. */
  @Test
  void aFixedAmountRuleAnswersInYuan() {
    Map<String, Money> medical = new LinkedHashMap<>();
    int[] yuan = {200000, 160000, 120000, 80000, 50000, 30000};
    for (int i = 0; i < yuan.length; i++) {
      medical.put(Integer.toString(5 + i), Money.ofYuan(yuan[i]));
    }
    TerminationSubsidyRule rule =
        new TerminationSubsidyRule(
            Base.FIXED_AMOUNT,
            null,
            null,
            medical,
            null,
            null,
            BigDecimal.valueOf(40),
            null,
            new AtRetirement(Payability.NOT_PAYABLE, null),
            null);
    assertThat(rule.amount(Subsidy.MEDICAL, 8)).contains(Money.ofYuan(80000));
    assertThat(rule.amount(Subsidy.EMPLOYMENT, 8)).isEmpty();
    assertThat(rule.months(Subsidy.MEDICAL, 8)).isEmpty();
    assertThat(rule.atOrAfterRetirement().of(Subsidy.MEDICAL)).isEqualTo(Payability.NOT_PAYABLE);
    assertThat(rule.atOrAfterRetirement().of(Subsidy.EMPLOYMENT)).isEqualTo(Payability.UNSPECIFIED);
  }

  /** Zhejiang art. 34: 16/14/12/10 times the annual wage; a multiple must be above zero. */
  @Test
  void aLumpSumMultipleOfZeroIsRefused() {
    Map<String, BigDecimal> multiples = new LinkedHashMap<>();
    multiples.put("1", BigDecimal.valueOf(16));
    multiples.put("2", BigDecimal.valueOf(14));
    multiples.put("3", BigDecimal.valueOf(12));
    multiples.put("4", new BigDecimal("0.01"));
    assertThat(
            new UninsuredLumpSumRule(
                    UninsuredLumpSumRule.Base.PROVINCIAL_ANNUAL_AVERAGE_WAGE, multiples, null)
                .multiples())
        .containsEntry("4", new BigDecimal("0.01"));
    multiples.put("4", BigDecimal.ZERO);
    assertThatThrownBy(
            () ->
                new UninsuredLumpSumRule(
                    UninsuredLumpSumRule.Base.PROVINCIAL_ANNUAL_AVERAGE_WAGE, multiples, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("multiples.4 (0) must be positive");
  }
}
