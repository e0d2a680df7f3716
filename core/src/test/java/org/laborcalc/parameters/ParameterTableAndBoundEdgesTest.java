package org.laborcalc.parameters;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;

/**
 * Edges of the parameter machinery that the legal tables rest on: a months-by-grade table, a figure
 * exactly at its bound, a date at the edge of the accepted years, a key made in a test.
 */
class ParameterTableAndBoundEdgesTest {
  private static final String SOURCE = "edge.params.json";
  private static final PackReader READER = PackReader.of(TestKeys.REGISTRY);

  private static Table table(Object... keysAndValues) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], new BigDecimal((String) keysAndValues[i + 1]));
    }
    return Table.of(m);
  }

  // ---- Table ----

  @Test
  void anEmptyTableIsRefused() {
    assertThatThrownBy(() -> Table.of(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table must not be empty");
  }

  @Test
  void aMissingKeyIsAnErrorNotANull() {
    Table months = table("5", "18", "6", "16");
    assertThat(months.get(5)).isEqualByComparingTo("18");
    assertThat(months.get("6")).isEqualByComparingTo("16");
    assertThatThrownBy(() -> months.get(7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table key (\"7\") must be one of [5, 6]");
  }

  @Test
  void hasKeysAsMapAndToString() {
    Table months = table("1", "27", "2", "25.0");
    assertThat(months.has("1")).isTrue();
    assertThat(months.has("3")).isFalse();
    assertThat(months.keys()).containsExactly("1", "2");
    assertThat(months.asMap()).containsOnlyKeys("1", "2");
    assertThat(months.asMap().get("2")).isEqualByComparingTo("25");
    assertThat(months).hasToString("{1: 27, 2: 25.0}");
    assertThat(table("7", "13")).hasToString("{7: 13}");
  }

  @Test
  void tablesAreEqualByKeysAndFigures() {
    Table a = table("1", "27", "2", "25");
    assertThat(a).isEqualTo(table("1", "27.00", "2", "25"));
    assertThat(a.hashCode()).isEqualTo(table("1", "27.00", "2", "25").hashCode());
    assertThat(a).isNotEqualTo(table("1", "27", "2", "24"));
    assertThat(a).isNotEqualTo(table("1", "24", "2", "25"));
    assertThat(a).isNotEqualTo(table("1", "27", "3", "25"));
    assertThat(a).isNotEqualTo(table("1", "27"));
    assertThat(a).isNotEqualTo("{1: 27, 2: 25}");
  }

  // ---- keys and the registry ----

  @Test
  void factoriesMakeKeysOfTheirKind() {
    ParameterKey<Money> money = ParameterKey.money("edge.money", "金额", "amount");
    assertThat(money.name()).isEqualTo("edge.money");
    assertThat(money.kind()).isEqualTo(ParameterKey.Kind.MONEY);
    assertThat(money.min()).isEqualByComparingTo("0.01");
    ParameterKey<Table> tab =
        ParameterKey.table(
            "edge.table", "表", "table", List.of("1", "2"), BigDecimal.ZERO, BigDecimal.TEN);
    assertThat(tab.kind()).isEqualTo(ParameterKey.Kind.TABLE);
    assertThat(tab.tableKeys()).containsExactly("1", "2");
    ParameterKey<String> structured =
        ParameterKey.structured("edge.structured", "结构", "structured", String.class);
    assertThat(structured.kind()).isEqualTo(ParameterKey.Kind.STRUCTURED);
    assertThat(structured.valueClass()).isEqualTo(String.class);
  }

  @Test
  void keysAreEqualByNameOnly() {
    ParameterKey<Money> a = ParameterKey.money("edge.a", "甲", "a");
    assertThat(a).isEqualTo(ParameterKey.money("edge.a", "乙", "b"));
    assertThat(a).isNotEqualTo(ParameterKey.money("edge.b", "甲", "a"));
    assertThat(a).isNotEqualTo("edge.a");
  }

  @Test
  void theRegistryListsItsKeys() {
    KeyRegistry registry = KeyRegistry.of(List.of(TestKeys.PAY_DAYS, TestKeys.INCOME));
    assertThat(registry.keys()).containsExactly(TestKeys.PAY_DAYS, TestKeys.INCOME);
    assertThat(registry.find("test.income.perCapita")).contains(TestKeys.INCOME);
    assertThat(registry.find("test.unregistered")).isEmpty();
  }

  // ---- packs ----

  @Test
  void anEntryOfAnotherPackIsRefused() {
    ParameterEntry<BigDecimal> entry =
        new ParameterEntry<>(
            TestKeys.PAY_DAYS,
            Region.of(Region.NATIONAL_CODE),
            DateRange.from(LocalDate.of(2008, 1, 1)),
            new BigDecimal("21.75"),
            List.of(Citation.of(Instruments.get("yue-pingjun-gongzuo-shijian-2008"), 2)),
            Verification.PRIMARY,
            null,
            null,
            null,
            null,
            "other-pack");
    assertThatThrownBy(() -> ParameterPack.of("this-pack", "标题", SOURCE, List.of(entry)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry pack id (other-pack) must equal the pack's id (this-pack)");
    assertThat(ParameterPack.of("other-pack", "标题", SOURCE, List.of(entry)))
        .hasToString("other-pack (1 entries, " + SOURCE + ")");
  }

  @Test
  void anInvalidPackMessageNamesThePathOnlyWhenThereIsOne() {
    InvalidPackException whole = new InvalidPackException("a.json", "", "坏", "bad");
    assertThat(whole.messageZh()).isEqualTo("参数包 a.json 有误：坏");
    assertThat(whole.messageEn()).isEqualTo("parameter pack a.json: bad");
    InvalidPackException located = new InvalidPackException("a.json", "entries[0]", "坏", "bad");
    assertThat(located.messageZh()).isEqualTo("参数包 a.json 的 entries[0] 有误：坏");
    assertThat(located.messageEn()).isEqualTo("parameter pack a.json at entries[0]: bad");
    assertThat(located.path()).isEqualTo("entries[0]");
    assertThat(located.source()).isEqualTo("a.json");
  }

  private static ParameterPack read(String entry) {
    String json =
        """
        {"pack": "edge-pack", "title": "边界", "entries": [
        %s
        ]}"""
            .formatted(entry);
    return READER.read(new ByteArrayInputStream(json.getBytes(UTF_8)), SOURCE);
  }

  private static String payDays(String value, String from, String citation) {
    return """
        {"key": "test.payDaysPerMonth", "region": "000000", "from": "%s", "value": %s,
         "verification": "PRIMARY", "citations": [%s]}"""
        .formatted(from, value, citation);
  }

  private static final String ART_2 =
      """
      {"instrument": "yue-pingjun-gongzuo-shijian-2008", "article": 2}""";

  @ParameterizedTest(name = "pay days {0} are within [1, 31]")
  @ValueSource(strings = {"1", "31", "21.75"})
  void aFigureAtEitherBoundIsAccepted(String value) {
    ParameterPack pack = read(payDays(value, "2008-01-01", ART_2));
    assertThat((BigDecimal) pack.entries().get(0).value()).isEqualByComparingTo(value);
  }

  @ParameterizedTest(name = "pay days {0} are outside [1, 31]")
  @ValueSource(strings = {"0.99", "31.01"})
  void aFigureJustBeyondABoundIsRefused(String value) {
    assertThatThrownBy(() -> read(payDays(value, "2008-01-01", ART_2)))
        .isInstanceOf(InvalidPackException.class)
        .extracting(e -> ((InvalidPackException) e).path())
        .isEqualTo("entries[0].value");
  }

  @ParameterizedTest(name = "from {0}: accepted {1}")
  @CsvSource({"1949-01-01, true", "2100-12-31, true", "1948-12-31, false", "2101-01-01, false"})
  void datesFrom1949To2100AreAccepted(String from, boolean accepted) {
    if (accepted) {
      assertThat(read(payDays("21.75", from, ART_2)).entries().get(0).range().start())
          .isEqualTo(from);
    } else {
      assertThatThrownBy(() -> read(payDays("21.75", from, ART_2)))
          .isInstanceOf(InvalidPackException.class)
          .extracting(e -> ((InvalidPackException) e).path())
          .isEqualTo("entries[0].from");
    }
  }

  @Test
  void anArticleNumberOfZeroOrNullMeansTheWholeInstrument() {
    String zero =
        """
        {"instrument": "yue-pingjun-gongzuo-shijian-2008", "article": 0}""";
    String nul =
        """
        {"instrument": "yue-pingjun-gongzuo-shijian-2008", "article": null}""";
    Citation whole = Citation.of(Instruments.get("yue-pingjun-gongzuo-shijian-2008"));
    assertThat(read(payDays("21.75", "2008-01-01", zero)).entries().get(0).citations())
        .containsExactly(whole);
    assertThat(read(payDays("21.75", "2008-01-01", nul)).entries().get(0).citations())
        .containsExactly(whole);
    String negative =
        """
        {"instrument": "yue-pingjun-gongzuo-shijian-2008", "article": -1}""";
    assertThatThrownBy(() -> read(payDays("21.75", "2008-01-01", negative)))
        .isInstanceOf(InvalidPackException.class)
        .extracting(e -> ((InvalidPackException) e).path())
        .isEqualTo("entries[0].citations[0].article");
  }

  @Test
  void aNullValueIsRefused() {
    assertThatThrownBy(() -> read(payDays("null", "2008-01-01", ART_2)))
        .isInstanceOf(InvalidPackException.class)
        .extracting(e -> ((InvalidPackException) e).path())
        .isEqualTo("entries[0].value");
  }

  private static InvalidPackException refusal(String entry) {
    try {
      read(entry);
    } catch (InvalidPackException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidPackException for " + entry);
  }

  @Test
  void aNullValueIsNamedMissing() {
    assertThat(refusal(payDays("null", "2008-01-01", ART_2)).messageEn())
        .isEqualTo("parameter pack " + SOURCE + " at entries[0].value: value is missing");
  }

  @Test
  void aCitationMustBeAnObject() {
    InvalidPackException e = refusal(payDays("21.75", "2008-01-01", "\"art. 2\""));
    assertThat(e.path()).isEqualTo("entries[0].citations[0]");
    assertThat(e.messageEn()).endsWith(": must be a JSON object");
  }

  /** Only a caller's own figure may cite a document that is not a registered instrument. */
  @Test
  void aLegalFigureMustCiteARegisteredInstrument() {
    InvalidPackException e = refusal(payDays("21.75", "2008-01-01", "{\"document\": \"某市通知\"}"));
    assertThat(e.path()).isEqualTo("entries[0].citations[0].document");
    assertThat(e.messageEn())
        .contains("only USER_SUPPLIED values may cite an unregistered document");
    String userSupplied =
        """
        {"key": "test.payDaysPerMonth", "region": "000000", "from": "2008-01-01", "value": 21.75,
         "verification": "USER_SUPPLIED", "citations": [{"document": "某市通知"}]}""";
    assertThat(read(userSupplied).entries().get(0).citations().get(0).instrument().nameZh())
        .isEqualTo("某市通知");
    String blank =
        """
        {"key": "test.payDaysPerMonth", "region": "000000", "from": "2008-01-01", "value": 21.75,
         "verification": "USER_SUPPLIED", "citations": [{"document": " "}]}""";
    InvalidPackException b = refusal(blank);
    assertThat(b.path()).isEqualTo("entries[0].citations[0].document");
    assertThat(b.messageEn()).endsWith(": is missing or not a string");
  }

  @Test
  void aMissingVerificationIsNamed() {
    String noLabel =
        """
        {"key": "test.payDaysPerMonth", "region": "000000", "from": "2008-01-01", "value": 21.75,
         "citations": [%s]}"""
            .formatted(ART_2);
    assertThat(refusal(noLabel).path()).isEqualTo("entries[0].verification");
  }
}
