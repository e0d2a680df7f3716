package org.laborcalc.parameters;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.laborcalc.money.Money;

/**
 * A money key may bound its figures: a pack giving more is refused where it is read, at the value,
 * so that an absurd figure is never multiplied into a result.
 */
class MoneyFigureBoundTest {
  private static final ParameterKey<Money> WAGE =
      ParameterKey.money(
          "test.averageWage", "测试用平均工资", "test average wage", Money.ofYuan(10_000_000));

  private static final PackReader READER = PackReader.of(KeyRegistry.of(List.of(WAGE)));

  private static ParameterPack read(String value) {
    String json =
        """
        {"pack": "test-pack", "title": "测试", "entries": [
          {"key": "test.averageWage", "region": "000000", "from": "2020-01-01", "value": "%s",
           "verification": "USER_SUPPLIED", "citations": [{"document": "test figure"}]}]}"""
            .formatted(value);
    return READER.read(new ByteArrayInputStream(json.getBytes(UTF_8)), "figures.json");
  }

  @Test
  void aFigureUpToTheBoundIsRead() {
    assertThat(read("10000000.00").entries().get(0).value()).isEqualTo(Money.ofYuan(10_000_000));
  }

  @Test
  void aFigureBeyondTheBoundIsRefusedAtItsValue() {
    InvalidPackException e =
        catchThrowableOfType(InvalidPackException.class, () -> read("10000000.01"));

    assertThat(e.path()).isEqualTo("entries[0].value");
    assertThat(e.messageEn()).contains("must not exceed 10000000.00", "test average wage");
    assertThat(e.messageZh()).contains("测试用平均工资", "合理上限");
  }

  @Test
  void theBoundIsTheKeysMaxAndAnUnboundedKeyKeepsMoneysOwnLimit() {
    assertThat(WAGE.max()).isEqualByComparingTo(new BigDecimal("10000000"));
    assertThat(ParameterKey.money("test.other", "测试", "test", Money.ofYuan(1)).min())
        .isEqualByComparingTo("0.01");
    assertThat(TestKeys.INCOME.max()).isEqualByComparingTo(Money.MAX_ABS);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ParameterKey.money("test.other", "测试", "test", Money.ofYuan(0)));
  }
}
