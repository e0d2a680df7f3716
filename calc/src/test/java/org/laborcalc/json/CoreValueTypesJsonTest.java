package org.laborcalc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.region.UnknownRegionException;
import org.laborcalc.time.DateRange;

/**
 * The JSON form of core's value types, which the JSON layer's module gives them (core's types carry
 * no Jackson): moved here from core's MoneyTest, MoneyProperties, DateRangeTest and RegionsTest.
 */
class CoreValueTypesJsonTest {
  private static final ObjectMapper JSON = LaborCalcJson.newMapper();

  private static Money m(String text) {
    return Money.parse(text);
  }

  // ---- Money: a string with two decimals, never a JSON number ----

  record Award(Money amount) {}

  @Test
  void moneySerialisesAsAJsonStringWithTwoDecimals() throws JsonProcessingException {
    assertThat(JSON.writeValueAsString(m("58500"))).isEqualTo("\"58500.00\"");
    assertThat(JSON.writeValueAsString(Map.of("amount", m("-0.5"))))
        .isEqualTo("{\"amount\":\"-0.50\"}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"\"6500\" | 6500.00", "\"6500.5\" | 6500.50", "\"-0.00\" | 0.00"})
  void moneyDeserialisesFromAJsonString(String json, String expected)
      throws JsonProcessingException {
    assertThat(JSON.readValue(json, Money.class)).isEqualTo(m(expected));
    assertThat(JSON.readValue("{\"amount\":" + json + "}", Award.class).amount())
        .isEqualTo(m(expected));
  }

  @Test
  void jsonNullIsNullMoney() throws JsonProcessingException {
    assertThat(JSON.readValue("{\"amount\":null}", Award.class).amount()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"6500", "6500.5", "1e400", "-0", "true", "[]", "{}"})
  void moneyRefusesJsonNumbersAndOtherTokens(String json) {
    assertThatThrownBy(() -> JSON.readValue("{\"amount\":" + json + "}", Award.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining(
            "an amount must be a JSON string with at most 2 decimals, such as \"6500.00\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e400", "6500.005", "", "5%", "1,000"})
  void moneyRefusesJsonStringsThatAreNotPlainDecimals(String text) {
    assertThatThrownBy(() -> JSON.readValue("\"" + text + "\"", Money.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("amount (\"" + text + "\") must be a plain decimal");
  }

  @Test
  void moneyRefusesJsonStringsBeyondATrillion() {
    assertThatThrownBy(() -> JSON.readValue("\"1000000000000.01\"", Money.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("must not exceed 10^12 yuan in magnitude");
  }

  @Provide
  Arbitrary<Money> money() {
    return Arbitraries.longs()
        .between(-10_000_000_000_000L, 10_000_000_000_000L)
        .edgeCases(c -> c.includeOnly(0L, 1L, -1L, 50L, -50L))
        .map(fen -> Money.of(BigDecimal.valueOf(fen, 2)));
  }

  @Property
  void moneyJsonRoundTrip(@ForAll("money") Money x) throws JsonProcessingException {
    String json = JSON.writeValueAsString(x);
    assertThat(json).isEqualTo("\"" + x + "\"");
    assertThat(JSON.readValue(json, Money.class)).isEqualTo(x);
  }

  // ---- DateRange: its string form ----

  @Test
  void dateRangeJsonIsTheStringForm() throws JsonProcessingException {
    DateRange leave = DateRange.of(LocalDate.parse("2019-12-18"), LocalDate.parse("2020-06-18"));
    assertThat(JSON.writeValueAsString(leave)).isEqualTo("\"2019-12-18/2020-06-18\"");
    assertThat(JSON.readValue("\"2019-12-18/2020-06-18\"", DateRange.class)).isEqualTo(leave);
    assertThat(JSON.readValue("\"2019-01-01/..\"", DateRange.class))
        .isEqualTo(DateRange.from(LocalDate.parse("2019-01-01")));
  }

  // ---- Region: its code ----

  record Case(Region region) {}

  @Test
  void regionJsonIsTheCodeString() throws JsonProcessingException {
    Region jining = Region.of("370800");
    assertThat(JSON.writeValueAsString(jining)).isEqualTo("\"370800\"");
    assertThat(JSON.readValue("\"370800\"", Region.class)).isEqualTo(jining);
    assertThat(JSON.writeValueAsString(new Case(jining))).isEqualTo("{\"region\":\"370800\"}");
    assertThat(JSON.readValue("{\"region\":\"110100\"}", Case.class).region().fullName())
        .isEqualTo("北京市市辖区");
  }

  @Test
  void everyRegionRoundTripsThroughJson() throws JsonProcessingException {
    for (Region r : Regions.bundled().all()) {
      assertThat(JSON.readValue(JSON.writeValueAsString(r), Region.class)).isEqualTo(r);
    }
  }

  @Test
  void anUnknownRegionCodeInJsonFailsWithTheDomainError() {
    assertThatThrownBy(() -> JSON.readValue("\"999999\"", Region.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasCauseInstanceOf(UnknownRegionException.class);
  }
}
