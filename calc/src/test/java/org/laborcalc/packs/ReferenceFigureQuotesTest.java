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
import java.util.Map;
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
    // Shanghai 5 and Beijing 5; Guangdong 21 cities from 2018-07-01 and 20 (no Shenzhen) from
    // 2021-12-01; Zhoushan 1.
    assertThat(referenceEntries()).hasSize(5 + 5 + 21 + 20 + 1);
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
    // The first citation is the entry's notice; a later one may quote an earlier notice for a fact
    // the entry's own report leaves out (e.g. the list of a tier's cities).
    Instrument own = Instruments.get(entry.get("citations").get(0).get("instrument").asText());
    assertThat(own.effective())
        .as("the notice of %s took effect on the entry's first day", where)
        .isEqualTo(LocalDate.parse(entry.get("from").asText()));
    for (JsonNode c : entry.get("citations")) {
      Instrument notice = Instruments.get(c.get("instrument").asText());
      assertThat(c.path("quote").asText("")).as("quote in %s", where).isNotBlank();
      assertThat(URL.matcher(notice.source()).find())
          .as("address of %s (%s)", notice.id(), where)
          .isTrue();
      assertThat(notice.effective())
          .as("a notice quoted for %s is not later than the entry", where)
          .isBeforeOrEqualTo(LocalDate.parse(entry.get("from").asText()));
      // A reprint is never PRIMARY: only an official text read and quoted is.
      if (notice.verification() == Verification.SECONDARY) {
        assertThat(entry.get("verification").asText()).as(where).isEqualTo("SECONDARY");
      }
    }
    assertThat(entry.path("note").asText("")).as("the reprint named in %s", where).contains("http");
  }

  /**
   * The place names a quote may give for each bundled region (simplified, the traditional script of
   * the Guangdong reprints, English): a figure is bundled for a region only where a quote of its
   * entry names that place, so that a tier's value cannot be put on a city outside the tier.
   */
  private static final Map<String, List<String>> PLACE_NAMES =
      Map.ofEntries(
          Map.entry("310000", List.of("上海", "Shanghai")),
          Map.entry("110000", List.of("北京", "Beijing")),
          Map.entry("330900", List.of("舟山")),
          Map.entry("440100", List.of("广州", "廣州")),
          Map.entry("440300", List.of("深圳")),
          Map.entry("440400", List.of("珠海")),
          Map.entry("440600", List.of("佛山")),
          Map.entry("441900", List.of("东莞", "東莞")),
          Map.entry("442000", List.of("中山")),
          Map.entry("440500", List.of("汕头", "汕頭")),
          Map.entry("441300", List.of("惠州")),
          Map.entry("440700", List.of("江门", "江門")),
          Map.entry("441200", List.of("肇庆", "肇慶")),
          Map.entry("440800", List.of("湛江")),
          Map.entry("440200", List.of("韶关", "韶關")),
          Map.entry("441600", List.of("河源")),
          Map.entry("441400", List.of("梅州")),
          Map.entry("441500", List.of("汕尾")),
          Map.entry("441700", List.of("阳江", "陽江")),
          Map.entry("440900", List.of("茂名")),
          Map.entry("441800", List.of("清远", "清遠")),
          Map.entry("445100", List.of("潮州")),
          Map.entry("445200", List.of("揭阳", "揭陽")),
          Map.entry("445300", List.of("云浮", "雲浮")));

  @ParameterizedTest(name = "{index}")
  @MethodSource("referenceEntries")
  void aQuoteOfTheEntryNamesItsPlace(JsonNode entry) {
    String region = entry.get("region").asText();
    assertThat(PLACE_NAMES).as("place names of %s", region).containsKey(region);
    List<String> quotes = new ArrayList<>();
    entry.get("citations").forEach(c -> quotes.add(c.path("quote").asText("")));
    assertThat(
            quotes.stream().anyMatch(q -> PLACE_NAMES.get(region).stream().anyMatch(q::contains)))
        .as("%s from %s: %s in %s", region, entry.get("from"), PLACE_NAMES.get(region), quotes)
        .isTrue();
  }

  /**
   * Guangdong sets one standard a city (a tier is a list of prefecture-level cities): a district or
   * county falls back on its city's entry (county → prefecture), from the day each notice applies.
   */
  @Test
  void aGuangdongCountyTakesItsCitysTierFromTheDayEachNoticeApplies() {
    // 海丰县 (汕尾, 四类): 1,410 to 2021-11-30, 1,620 from 2021-12-01.
    assertThat(minimumWage(Region.of("441521"), LocalDate.of(2021, 11, 30)))
        .isEqualTo(Money.of(new BigDecimal("1410.00")));
    assertThat(minimumWage(Region.of("441521"), LocalDate.of(2021, 12, 1)))
        .isEqualTo(Money.of(new BigDecimal("1620.00")));
    // 湛江's 霞山区 moved from 四类 (1,410) to 三类 (1,720).
    assertThat(minimumWage(Region.of("440803"), LocalDate.of(2020, 1, 1)))
        .isEqualTo(Money.of(new BigDecimal("1410.00")));
    assertThat(minimumWage(Region.of("440803"), LocalDate.of(2022, 1, 1)))
        .isEqualTo(Money.of(new BigDecimal("1720.00")));
    // 广州's 越秀区: 2,100 then 2,300; 佛山's 南海区 1,720 then 1,900.
    assertThat(minimumWage(Region.of("440104"), LocalDate.of(2018, 7, 1)))
        .isEqualTo(Money.of(new BigDecimal("2100.00")));
    assertThat(minimumWage(Region.of("440104"), LocalDate.of(2023, 5, 1)))
        .isEqualTo(Money.of(new BigDecimal("2300.00")));
    assertThat(minimumWage(Region.of("440605"), LocalDate.of(2023, 5, 1)))
        .isEqualTo(Money.of(new BigDecimal("1900.00")));
    // Before the first bundled notice, and Shenzhen after 2021-11-30, and the province itself:
    // nothing (missing, never a neighbour's figure).
    assertThat(find(Region.of("440104"), LocalDate.of(2018, 6, 30))).isEmpty();
    assertThat(find(Region.of("440304"), LocalDate.of(2021, 11, 30))).isPresent();
    assertThat(find(Region.of("440304"), LocalDate.of(2021, 12, 1))).isEmpty();
    assertThat(find(Region.of("440000"), LocalDate.of(2022, 1, 1))).isEmpty();
  }

  /**
   * 舟山 has one standard for its whole area: 岱山县 takes 2,070 from 2021-09-15 (the day the notice
   * took effect; the weeks from 2021-08-01 it also covers stay missing) to 2023-12-31.
   */
  @Test
  void aZhoushanCountyTakesTheCitysStandardUntilZhejiangsNextNotice() {
    assertThat(find(Region.of("330921"), LocalDate.of(2021, 9, 14))).isEmpty();
    assertThat(minimumWage(Region.of("330921"), LocalDate.of(2021, 9, 15)))
        .isEqualTo(Money.of(new BigDecimal("2070.00")));
    assertThat(minimumWage(Region.of("330902"), LocalDate.of(2023, 12, 31)))
        .isEqualTo(Money.of(new BigDecimal("2070.00")));
    assertThat(find(Region.of("330921"), LocalDate.of(2024, 1, 1))).isEmpty();
  }

  private static java.util.Optional<ResolvedParameter<Money>> find(Region region, LocalDate day) {
    return BundledPacks.parameters().find(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, region, day);
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
