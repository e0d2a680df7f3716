package org.laborcalc.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;

class ParametersTest {
  private static final Region NATION = Region.of("000000");
  private static final Region SHANDONG = Region.of("370000");
  private static final Region JINING = Region.of("370800");
  private static final Region JINAN = Region.of("370100");
  private static final Region ZHEJIANG = Region.of("330000");
  private static final Region HANGZHOU = Region.of("330100");

  private static final Citation CITATION =
      Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 33, 2);

  /** Months of 一次性伤残补助金 by grade, 2010 arts. 35–37. */
  private static final Table GRADES = grades(27, 25, 23, 21, 18, 16, 13, 11, 9, 7);

  private static Table grades(int... months) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int g = 1; g <= months.length; g++) {
      m.put(Integer.toString(g), BigDecimal.valueOf(months[g - 1]));
    }
    return Table.of(m);
  }

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** {@code [from, until)}; a null {@code until} is open-ended. */
  private static DateRange range(String from, String until) {
    return until == null ? DateRange.from(d(from)) : DateRange.of(d(from), d(until));
  }

  /** An entry before it is put in a pack. */
  private record Spec<T>(
      ParameterKey<T> key,
      Region region,
      DateRange range,
      T value,
      Verification verification,
      LocalDate knownSince) {

    ParameterEntry<T> in(String packId) {
      return new ParameterEntry<>(
          key,
          region,
          range,
          value,
          List.of(CITATION),
          verification,
          knownSince,
          null,
          null,
          null,
          packId);
    }

    Spec<T> verified(Verification v) {
      return new Spec<>(key, region, range, value, v, knownSince);
    }

    Spec<T> knownSince(String date) {
      return new Spec<>(key, region, range, value, verification, d(date));
    }
  }

  private static <T> Spec<T> spec(
      ParameterKey<T> key, Region region, String from, String until, T value) {
    return new Spec<>(key, region, range(from, until), value, Verification.PRIMARY, null);
  }

  private static Spec<BigDecimal> months(Region region, String from, String until, int value) {
    return spec(TestKeys.MAX_MONTHS, region, from, until, BigDecimal.valueOf(value));
  }

  private static ParameterPack pack(String id, Spec<?>... specs) {
    List<ParameterEntry<?>> entries = new ArrayList<>();
    for (Spec<?> s : specs) {
      entries.add(s.in(id));
    }
    return ParameterPack.of(id, "测试 " + id, "builder", entries);
  }

  private static Parameters layered(ParameterPack... packs) {
    return Parameters.of(List.of(packs));
  }

  private static BigDecimal monthsIn(Parameters p, Region region, String date) {
    return p.get(TestKeys.MAX_MONTHS, region, d(date)).value();
  }

  @Test
  void answersWithTheExactValueAndWhereItCameFrom() {
    Parameters p =
        layered(
            pack(
                "national",
                spec(TestKeys.PAY_DAYS, NATION, "2008-01-01", null, new BigDecimal("21.75"))));

    ResolvedParameter<BigDecimal> r = p.get(TestKeys.PAY_DAYS, JINING, d("2020-05-01"));

    assertThat(r.value()).isEqualTo(new BigDecimal("21.75"));
    assertThat(r.key()).isEqualTo(TestKeys.PAY_DAYS);
    assertThat(r.packId()).isEqualTo("national");
    assertThat(r.verification()).isEqualTo(Verification.PRIMARY);
    assertThat(r.citations()).containsExactly(CITATION);
    assertThat(r.requestedDate()).isEqualTo(d("2020-05-01"));
    assertThat(r.entry().region()).isEqualTo(NATION);
    assertThat(p.find(TestKeys.PAY_DAYS, JINING, d("2020-05-01"))).contains(r);
  }

  @Test
  void answersEveryKindWithItsOwnType() {
    Table grades = GRADES;
    TestKeys.LumpSumRule rule =
        new TestKeys.LumpSumRule(
            TestKeys.Base.PROVINCIAL_ANNUAL_AVERAGE_WAGE,
            Map.of("1", BigDecimal.valueOf(16), "2", BigDecimal.valueOf(14)),
            true);
    Parameters p =
        layered(
            pack(
                "kinds",
                spec(TestKeys.MONTHS_BY_GRADE, NATION, "2011-01-01", null, grades),
                spec(TestKeys.INCOME, NATION, "2023-01-01", "2024-01-01", Money.parse("51821.00")),
                spec(TestKeys.LUMP_SUM, ZHEJIANG, "2020-09-24", null, rule)));

    Table t = p.get(TestKeys.MONTHS_BY_GRADE, HANGZHOU, d("2021-03-04")).value();
    Money m = p.get(TestKeys.INCOME, HANGZHOU, d("2023-07-01")).value();
    TestKeys.LumpSumRule r = p.get(TestKeys.LUMP_SUM, HANGZHOU, d("2021-03-04")).value();

    assertThat(t.get(7)).isEqualByComparingTo("13");
    assertThat(m).isEqualTo(Money.parse("51821.00"));
    assertThat(r).isEqualTo(rule);
  }

  @Nested
  class Dates {
    private final Parameters p =
        layered(
            pack(
                "national",
                months(NATION, "2004-01-01", "2011-01-01", 6),
                months(NATION, "2011-01-01", null, 12)));

    @Test
    void aDateOnABoundaryTakesTheLaterEntry() {
      assertThat(monthsIn(p, NATION, "2011-01-01")).isEqualByComparingTo("12");
    }

    @Test
    void theDayBeforeTheBoundaryTakesTheEarlierEntry() {
      assertThat(monthsIn(p, NATION, "2010-12-31")).isEqualByComparingTo("6");
    }

    @Test
    void theFirstDayOfARangeIsCovered() {
      assertThat(monthsIn(p, NATION, "2004-01-01")).isEqualByComparingTo("6");
    }

    @Test
    void beforeTheFirstRangeNothingIsInForce() {
      assertThat(p.find(TestKeys.MAX_MONTHS, NATION, d("2003-12-31"))).isEmpty();
    }

    @Test
    void anOpenEndedRangeCoversTheFarFuture() {
      assertThat(monthsIn(p, NATION, "2099-12-31")).isEqualByComparingTo("12");
    }

    @Test
    void theUntilDayItselfIsNotCovered() {
      Parameters year =
          layered(
              pack(
                  "income",
                  spec(
                      TestKeys.INCOME,
                      NATION,
                      "2023-01-01",
                      "2024-01-01",
                      Money.parse("51821.00"))));

      assertThat(year.find(TestKeys.INCOME, NATION, d("2023-12-31"))).isPresent();
      assertThat(year.find(TestKeys.INCOME, NATION, d("2024-01-01"))).isEmpty();
      assertThat(year.find(TestKeys.INCOME, NATION, d("2023-01-01"))).isPresent();
      assertThat(year.find(TestKeys.INCOME, NATION, d("2022-12-31"))).isEmpty();
    }
  }

  @Nested
  class RegionPrecedence {
    private final Parameters p =
        layered(
            pack(
                "all-levels",
                months(NATION, "2011-01-01", null, 12),
                months(SHANDONG, "2011-01-01", null, 10),
                months(JINING, "2011-01-01", null, 8)));

    @Test
    void thePrefectureWinsOverProvinceAndNation() {
      assertThat(monthsIn(p, JINING, "2015-06-01")).isEqualByComparingTo("8");
      assertThat(p.get(TestKeys.MAX_MONTHS, JINING, d("2015-06-01")).entry().region())
          .isEqualTo(JINING);
    }

    @Test
    void anotherPrefectureOfTheProvinceTakesTheProvincesValue() {
      assertThat(monthsIn(p, JINAN, "2015-06-01")).isEqualByComparingTo("10");
    }

    @Test
    void theProvinceItselfTakesItsOwnValue() {
      assertThat(monthsIn(p, SHANDONG, "2015-06-01")).isEqualByComparingTo("10");
    }

    @Test
    void aPrefectureOfAnotherProvinceTakesTheNationalValue() {
      assertThat(monthsIn(p, HANGZHOU, "2015-06-01")).isEqualByComparingTo("12");
      assertThat(monthsIn(p, ZHEJIANG, "2015-06-01")).isEqualByComparingTo("12");
      assertThat(monthsIn(p, NATION, "2015-06-01")).isEqualByComparingTo("12");
    }

    @Test
    void outsideThePrefecturesRangeTheProvinceApplies() {
      Parameters q =
          layered(
              pack(
                  "partial",
                  months(NATION, "2011-01-01", null, 12),
                  months(SHANDONG, "2011-01-01", "2016-01-01", 10),
                  months(JINING, "2013-01-01", "2014-01-01", 8)));

      assertThat(monthsIn(q, JINING, "2012-12-31")).isEqualByComparingTo("10");
      assertThat(monthsIn(q, JINING, "2013-01-01")).isEqualByComparingTo("8");
      assertThat(monthsIn(q, JINING, "2014-01-01")).isEqualByComparingTo("10");
      assertThat(monthsIn(q, JINING, "2016-01-01")).isEqualByComparingTo("12");
    }

    @Test
    void aNationalEntryInALaterPackDoesNotOverrideThePrefecture() {
      Parameters q =
          layered(
              pack("jining", months(JINING, "2011-01-01", null, 8)),
              pack("shandong", months(SHANDONG, "2011-01-01", null, 10)),
              pack("national", months(NATION, "2011-01-01", null, 12)));

      assertThat(monthsIn(q, JINING, "2015-06-01")).isEqualByComparingTo("8");
      assertThat(q.get(TestKeys.MAX_MONTHS, JINING, d("2015-06-01")).packId()).isEqualTo("jining");
      assertThat(monthsIn(q, JINAN, "2015-06-01")).isEqualByComparingTo("10");
      assertThat(monthsIn(q, NATION, "2015-06-01")).isEqualByComparingTo("12");
    }
  }

  @Nested
  class Packs {
    @Test
    void withinOneRegionTheLaterPackWins() {
      Parameters p =
          layered(
              pack("bundled", months(NATION, "2011-01-01", null, 12)),
              pack(
                  "caller",
                  months(NATION, "2011-01-01", null, 9).verified(Verification.USER_SUPPLIED)));

      ResolvedParameter<BigDecimal> r = p.get(TestKeys.MAX_MONTHS, JINING, d("2015-06-01"));

      assertThat(r.value()).isEqualByComparingTo("9");
      assertThat(r.packId()).isEqualTo("caller");
      assertThat(r.verification()).isEqualTo(Verification.USER_SUPPLIED);
    }

    @Test
    void whereTheLaterPackIsSilentTheEarlierOneStillApplies() {
      Parameters p =
          layered(
              pack("bundled", months(NATION, "2011-01-01", null, 12)),
              pack("caller", months(NATION, "2015-01-01", "2016-01-01", 9)));

      assertThat(monthsIn(p, NATION, "2014-12-31")).isEqualByComparingTo("12");
      assertThat(monthsIn(p, NATION, "2015-01-01")).isEqualByComparingTo("9");
      assertThat(monthsIn(p, NATION, "2015-12-31")).isEqualByComparingTo("9");
      assertThat(monthsIn(p, NATION, "2016-01-01")).isEqualByComparingTo("12");
    }

    @Test
    void withLayersAPackOnTopAndLeavesTheOriginalUnchanged() {
      ParameterPack bundled = pack("bundled", months(NATION, "2011-01-01", null, 12));
      ParameterPack caller = pack("caller", months(NATION, "2011-01-01", null, 9));
      Parameters base = Parameters.of(List.of(bundled));

      Parameters withCaller = base.with(caller);

      assertThat(withCaller.packs()).containsExactly(bundled, caller);
      assertThat(monthsIn(withCaller, NATION, "2020-01-01")).isEqualByComparingTo("9");
      assertThat(base.packs()).containsExactly(bundled);
      assertThat(monthsIn(base, NATION, "2020-01-01")).isEqualByComparingTo("12");
    }

    @Test
    void withAddsKeysTheEarlierPacksLack() {
      Parameters base = layered(pack("bundled", months(NATION, "2011-01-01", null, 12)));

      Parameters more =
          base.with(
              pack(
                  "caller",
                  spec(TestKeys.PAY_DAYS, JINING, "2008-01-01", null, new BigDecimal("21.75"))));

      assertThat(more.get(TestKeys.PAY_DAYS, JINING, d("2020-01-01")).value())
          .isEqualTo(new BigDecimal("21.75"));
      assertThat(base.find(TestKeys.PAY_DAYS, JINING, d("2020-01-01"))).isEmpty();
      assertThat(monthsIn(more, JINING, "2020-01-01")).isEqualByComparingTo("12");
    }
  }

  @Nested
  class Gaps {
    private final Parameters p =
        layered(
            pack(
                "income",
                spec(TestKeys.INCOME, NATION, "2022-01-01", "2023-01-01", Money.parse("49283.00")),
                spec(
                    TestKeys.INCOME, NATION, "2023-01-01", "2024-01-01", Money.parse("51821.00"))));

    @Test
    void aGapIsAnErrorNamingKeyRegionAndDate() {
      MissingParameterException e =
          catchThrowableOfType(
              MissingParameterException.class,
              () -> p.get(TestKeys.INCOME, JINING, d("2025-03-01")));

      assertThat(e).isNotNull();
      assertThat(e.code()).isEqualTo("MISSING_PARAMETER");
      assertThat(e.key()).isEqualTo("test.income.perCapita");
      assertThat(e.regionCode()).isEqualTo("370800");
      assertThat(e.date()).isEqualTo(d("2025-03-01"));
      assertThat(e.messageZh())
          .contains("缺少参数", "测试用人均收入", "test.income.perCapita", "山东省济宁市", "370800", "2025-03-01");
      assertThat(e.messageEn())
          .contains(
              "missing parameter",
              "test income per capita",
              "test.income.perCapita",
              "370800",
              "2025-03-01",
              "Supply it");
    }

    @Test
    void aKeyWithNoEntriesAtAllIsMissing() {
      assertThat(p.find(TestKeys.UNREGISTERED, NATION, d("2023-06-01"))).isEmpty();

      MissingParameterException e =
          catchThrowableOfType(
              MissingParameterException.class,
              () -> p.get(TestKeys.UNREGISTERED, NATION, d("2023-06-01")));

      assertThat(e.key()).isEqualTo("test.unregistered");
      assertThat(e.regionCode()).isEqualTo("000000");
      assertThat(e.messageZh()).contains("全国");
    }

    @Test
    void noPacksAtAllMeansEverythingIsMissing() {
      Parameters none = Parameters.of(List.of());

      assertThat(none.find(TestKeys.PAY_DAYS, JINING, d("2020-01-01"))).isEmpty();
      assertThat(none.inForce(JINING, d("2020-01-01"))).isEmpty();
    }

    @Test
    void nullArgumentsAreCallerMistakes() {
      assertThatNullPointerException().isThrownBy(() -> p.find(null, NATION, d("2023-06-01")));
      assertThatNullPointerException()
          .isThrownBy(() -> p.find(TestKeys.INCOME, null, d("2023-06-01")));
      assertThatNullPointerException().isThrownBy(() -> p.find(TestKeys.INCOME, NATION, null));
      assertThatNullPointerException()
          .isThrownBy(() -> p.get(TestKeys.INCOME, NATION, d("2023-06-01"), null));
    }
  }

  @Nested
  class KnownAsOf {
    // The 2023 figure was published on 2024-01-17; a revision of it on 2024-06-01.
    private final Parameters p =
        layered(
            pack(
                "bundled",
                spec(TestKeys.INCOME, NATION, "2023-01-01", "2024-01-01", Money.parse("51821.00"))
                    .knownSince("2024-01-17")),
            pack(
                "revised",
                spec(TestKeys.INCOME, NATION, "2023-01-01", "2024-01-01", Money.parse("51900.00"))
                    .knownSince("2024-06-01")));

    private Money incomeKnownOn(String knownAsOf) {
      return p.get(TestKeys.INCOME, JINING, d("2023-06-01"), d(knownAsOf)).value();
    }

    @Test
    void beforeAnyFigureWasPublishedTheValueIsMissing() {
      MissingParameterException e =
          catchThrowableOfType(
              MissingParameterException.class,
              () -> p.get(TestKeys.INCOME, JINING, d("2023-06-01"), d("2024-01-16")));

      assertThat(e.key()).isEqualTo("test.income.perCapita");
    }

    @Test
    void onThePublicationDayTheFigureIsKnown() {
      assertThat(incomeKnownOn("2024-01-17")).isEqualTo(Money.parse("51821.00"));
    }

    @Test
    void aRevisionNotYetPublishedIsIgnored() {
      assertThat(incomeKnownOn("2024-05-31")).isEqualTo(Money.parse("51821.00"));
    }

    @Test
    void aPublishedRevisionWins() {
      assertThat(incomeKnownOn("2024-06-01")).isEqualTo(Money.parse("51900.00"));
    }

    @Test
    void withoutKnownAsOfTheLatestPackWins() {
      assertThat(p.get(TestKeys.INCOME, JINING, d("2023-06-01")).value())
          .isEqualTo(Money.parse("51900.00"));
    }

    @Test
    void entriesWithoutAPublicationDateAlwaysCount() {
      Parameters q = layered(pack("undated", months(NATION, "2011-01-01", null, 12)));

      assertThat(q.get(TestKeys.MAX_MONTHS, NATION, d("2015-01-01"), d("1990-01-01")).value())
          .isEqualByComparingTo("12");
    }

    @Test
    void anUnpublishedPrefectureFigureFallsBackToTheProvince() {
      Parameters q =
          layered(
              pack(
                  "local",
                  months(SHANDONG, "2011-01-01", null, 10),
                  months(JINING, "2011-01-01", null, 8).knownSince("2020-01-01")));

      assertThat(q.get(TestKeys.MAX_MONTHS, JINING, d("2015-01-01"), d("2019-12-31")).value())
          .isEqualByComparingTo("10");
      assertThat(q.get(TestKeys.MAX_MONTHS, JINING, d("2015-01-01"), d("2020-01-01")).value())
          .isEqualByComparingTo("8");
    }
  }

  @Nested
  class InForce {
    private final Parameters p =
        layered(
            pack(
                "national",
                spec(TestKeys.PAY_DAYS, NATION, "2008-01-01", null, new BigDecimal("21.75")),
                months(NATION, "2011-01-01", null, 12),
                spec(TestKeys.INCOME, NATION, "2023-01-01", "2024-01-01", Money.parse("51821.00"))
                    .verified(Verification.SECONDARY),
                spec(TestKeys.MONTHS_BY_GRADE, NATION, "2011-01-01", null, GRADES)),
            pack(
                "zhejiang",
                spec(
                    TestKeys.LUMP_SUM,
                    ZHEJIANG,
                    "2020-09-24",
                    null,
                    new TestKeys.LumpSumRule(
                        TestKeys.Base.PROVINCIAL_ANNUAL_AVERAGE_WAGE,
                        Map.of("1", BigDecimal.valueOf(16)),
                        true))),
            pack(
                "jining",
                months(JINING, "2011-01-01", null, 8).verified(Verification.USER_SUPPLIED)));

    @Test
    void listsEveryKeyInForceSortedByNameWithItsPackAndLabel() {
      assertThat(p.inForce(JINING, d("2023-06-01")))
          .extracting(
              r -> r.key().name(), ResolvedParameter::packId, ResolvedParameter::verification)
          .containsExactly(
              tuple("test.income.perCapita", "national", Verification.SECONDARY),
              tuple("test.payDaysPerMonth", "national", Verification.PRIMARY),
              tuple("test.subsidy.months", "national", Verification.PRIMARY),
              tuple("test.suspension.maxMonths", "jining", Verification.USER_SUPPLIED));
    }

    @Test
    void eachListedValueIsTheOneALookupAnswers() {
      assertThat(p.inForce(HANGZHOU, d("2023-06-01")))
          .allSatisfy(r -> assertThat(p.get(r.key(), HANGZHOU, d("2023-06-01"))).isEqualTo(r));
    }

    @Test
    void leavesOutKeysNotInForceOnThatDate() {
      assertThat(p.inForce(JINING, d("2024-06-01")))
          .extracting(r -> r.key().name())
          .containsExactly(
              "test.payDaysPerMonth", "test.subsidy.months", "test.suspension.maxMonths");
    }

    @Test
    void includesRegionalKeysOnlyInTheirRegion() {
      assertThat(p.inForce(HANGZHOU, d("2021-01-01")))
          .extracting(r -> r.key().name(), ResolvedParameter::packId)
          .containsExactly(
              tuple("test.payDaysPerMonth", "national"),
              tuple("test.subsidy.months", "national"),
              tuple("test.suspension.maxMonths", "national"),
              tuple("test.uninsuredLumpSum", "zhejiang"));
    }

    @Test
    void beforeEverythingNothingIsInForce() {
      assertThat(p.inForce(JINING, d("2007-12-31"))).isEmpty();
    }
  }
}
