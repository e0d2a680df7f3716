package org.laborcalc.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.money.Money;

class ParameterKeyTest {
  @Test
  void tableKeysKeepTheOrderDeclared() {
    assertThat(TestKeys.MONTHS_BY_GRADE.tableKeys())
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
  }

  @Test
  void eachKindReportsItsTypeAndBounds() {
    assertThat(TestKeys.PAY_DAYS.kind()).isEqualTo(ParameterKey.Kind.NUMBER);
    assertThat(TestKeys.PAY_DAYS.valueClass()).isEqualTo(BigDecimal.class);
    assertThat(TestKeys.PAY_DAYS.min()).isEqualByComparingTo("1");
    assertThat(TestKeys.PAY_DAYS.max()).isEqualByComparingTo("31");
    assertThat(TestKeys.INCOME.kind()).isEqualTo(ParameterKey.Kind.MONEY);
    assertThat(TestKeys.INCOME.valueClass()).isEqualTo(Money.class);
    assertThat(TestKeys.MONTHS_BY_GRADE.kind()).isEqualTo(ParameterKey.Kind.TABLE);
    assertThat(TestKeys.LUMP_SUM.kind()).isEqualTo(ParameterKey.Kind.STRUCTURED);
    assertThat(TestKeys.LUMP_SUM.valueClass()).isEqualTo(TestKeys.LumpSumRule.class);
    assertThat(TestKeys.LUMP_SUM.min()).isNull();
    assertThat(TestKeys.LUMP_SUM.tableKeys()).isEmpty();
  }

  @Test
  void keysAreEqualByName() {
    ParameterKey<BigDecimal> again =
        ParameterKey.number(
            "test.payDaysPerMonth", "另一说明", "other", BigDecimal.ZERO, BigDecimal.TEN);

    assertThat(again).isEqualTo(TestKeys.PAY_DAYS).hasSameHashCodeAs(TestKeys.PAY_DAYS);
    assertThat(again).hasToString("test.payDaysPerMonth");
  }

  @Test
  void aNameMustBeDotSeparatedCamelCaseWords() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ParameterKey.money("payDays", "说明", "description"))
        .withMessageContaining("parameter key (\"payDays\") must be dot-separated camelCase words");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ParameterKey.money("Wage.pay-days", "说明", "description"));
  }

  @Test
  void aTableNeedsKeys() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ParameterKey.table(
                    "test.empty.table",
                    "说明",
                    "description",
                    List.of(),
                    BigDecimal.ZERO,
                    BigDecimal.ONE));
  }

  @Test
  void aRegistryRefusesTheSameNameTwice() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KeyRegistry.of(List.of(TestKeys.PAY_DAYS, TestKeys.PAY_DAYS)))
        .withMessageContaining("test.payDaysPerMonth");
    assertThat(TestKeys.REGISTRY.find("test.payDaysPerMonth")).contains(TestKeys.PAY_DAYS);
    assertThat(TestKeys.REGISTRY.find("test.unregistered")).isEmpty();
  }
}
