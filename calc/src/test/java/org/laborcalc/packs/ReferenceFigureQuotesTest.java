package org.laborcalc.packs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.injury.rules.BundledPacks;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;

/**
 * The bundled reference figures of issue 15 §5 (minimum wages, average wages) against the verbatim
 * quotes stored beside them: every value occurs as a number in a quote of its entry, and every
 * entry names the notice it comes from (an instrument with an address and the date it took effect).
 * The hand-transcribed values and dates are in {@link BundledPackFiguresTest}.
 */
class ReferenceFigureQuotesTest {

  private static final String DIR = "/org/laborcalc/packs/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The keys of published local figures: a bundled entry of one of them is a reference figure. */
  private static final Set<String> REFERENCE_KEYS =
      Set.of(
          "wage.minimumMonthly",
          "wage.regionalAverageMonthly",
          "wage.provincialAverageMonthly",
          "wage.provincialAverageAnnual",
          "wage.regionalAverageAnnual",
          "wage.provincialUrbanAllUnitsAverageAnnual");

  private static final Pattern URL = Pattern.compile("https?://\\S+");

  static List<JsonNode> referenceEntries() {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode pack : packs()) {
      for (JsonNode e : pack.get("entries")) {
        if (REFERENCE_KEYS.contains(e.get("key").asText())) {
          out.add(e);
        }
      }
    }
    return out;
  }

  @Test
  void theReferenceFiguresAreBundled() {
    assertThat(referenceEntries()).hasSize(10);
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("referenceEntries")
  void theValueOccursInAStoredQuote(JsonNode entry) {
    String value = entry.get("value").asText();
    List<String> quotes = new ArrayList<>();
    entry.get("citations").forEach(c -> quotes.add(c.path("quote").asText("")));
    assertThat(quotes.stream().anyMatch(q -> quoteStates(q, value)))
        .as(
            "%s %s from %s: %s in %s",
            entry.get("key"), entry.get("region"), entry.get("from"), value, quotes)
        .isTrue();
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("referenceEntries")
  void eachFigureNamesItsNoticeWithAddressAndDate(JsonNode entry) {
    String where = entry.get("key") + " " + entry.get("region") + " " + entry.get("from");
    for (JsonNode c : entry.get("citations")) {
      Instrument notice = Instruments.get(c.get("instrument").asText());
      assertThat(c.path("quote").asText("")).as("quote in %s", where).isNotBlank();
      assertThat(URL.matcher(notice.source()).find())
          .as("address of %s (%s)", notice.id(), where)
          .isTrue();
      assertThat(notice.effective())
          .as("the notice of %s took effect on the entry's first day", where)
          .isEqualTo(LocalDate.parse(entry.get("from").asText()));
      // A reprint is never PRIMARY: only an official text read and quoted is.
      if (notice.verification() == Verification.SECONDARY) {
        assertThat(entry.get("verification").asText()).as(where).isEqualTo("SECONDARY");
      }
    }
    assertThat(entry.path("note").asText("")).as("the reprint named in %s", where).contains("http");
  }

  @Test
  void theQuoteCheckRejectsANumberTheQuoteDoesNotState() {
    String q = "the monthly minimum wage in Beijing will be adjusted from 2,320 yuan to 2,420 yuan";
    assertThat(quoteStates(q, "2420.00")).isTrue();
    assertThat(quoteStates(q, "2320.00")).isTrue();
    assertThat(quoteStates(q, "2400.00")).isFalse();
    assertThat(quoteStates(q, "242.00")).isFalse();
    assertThat(quoteStates(q, "2420.50")).isFalse();
    assertThat(quoteStates("上海月最低工资将提升至2420元", "2420.00")).isTrue();
  }

  @Test
  void aShanghaiDistrictFallsBackOnTheMunicipalityFromTheDayEachAdjustmentTookEffect() {
    Region pudong = Region.of("310115");
    assertThat(minimumWage(pudong, LocalDate.of(2023, 6, 30)))
        .isEqualTo(Money.of(new BigDecimal("2590.00")));
    assertThat(minimumWage(pudong, LocalDate.of(2023, 7, 1)))
        .isEqualTo(Money.of(new BigDecimal("2690.00")));
    assertThat(minimumWage(pudong, LocalDate.of(2019, 3, 31)))
        .isEqualTo(Money.of(new BigDecimal("2420.00")));
    ResolvedParameter<Money> latest =
        BundledPacks.parameters()
            .find(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, pudong, LocalDate.of(2026, 1, 1))
            .orElseThrow();
    assertThat(latest.value()).isEqualTo(Money.of(new BigDecimal("2740.00")));
    assertThat(latest.verification()).isEqualTo(Verification.SECONDARY);
    assertThat(latest.entry().warning()).isPresent();
  }

  @Test
  void beforeTheFirstBundledAdjustmentAndOutsideTheMunicipalitiesNothingIsBundled() {
    // Beijing's standard before 2018-09-01 (2,000 yuan per the same report) has no reprint giving
    // its first day: none is bundled, so the figure stays missing rather than guessed.
    assertThat(
            BundledPacks.parameters()
                .find(
                    WorkInjuryKeys.MINIMUM_MONTHLY_WAGE,
                    Region.of("110105"),
                    LocalDate.of(2018, 8, 31)))
        .isEmpty();
    assertThat(minimumWage(Region.of("110105"), LocalDate.of(2018, 9, 1)))
        .isEqualTo(Money.of(new BigDecimal("2120.00")));
    // A tiered province without the list of its cities per tier: nothing bundled (Zhejiang).
    assertThat(
            BundledPacks.parameters()
                .find(
                    WorkInjuryKeys.MINIMUM_MONTHLY_WAGE,
                    Region.of("330100"),
                    LocalDate.of(2022, 1, 1)))
        .isEmpty();
  }

  /**
   * Whether the quote states the amount: the yuan figure (without its ".00") as a whole number,
   * thousands separators ignored ("2,420" states 2420.00, "2420元" too; "24200" does not).
   */
  static boolean quoteStates(String quote, String amount) {
    BigDecimal v = new BigDecimal(amount).stripTrailingZeros();
    String plain = v.scale() <= 0 ? v.toBigInteger().toString() : v.toPlainString();
    String digits = quote.replaceAll("(?<=\\d),(?=\\d{3})", "");
    return Pattern.compile("(?<![\\d.])" + Pattern.quote(plain) + "(?![\\d]|\\.\\d)")
        .matcher(digits)
        .find();
  }

  private static Money minimumWage(Region region, LocalDate day) {
    return BundledPacks.parameters().get(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, region, day).value();
  }

  /** Every pack index.json lists, so that a reference figure added to any of them is checked. */
  private static List<JsonNode> packs() {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode name : read("index.json").get("packs")) {
      out.add(read(name.asText()));
    }
    return out;
  }

  private static JsonNode read(String file) {
    try (InputStream in = ReferenceFigureQuotesTest.class.getResourceAsStream(DIR + file)) {
      assertThat(in).as(DIR + file).isNotNull();
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
