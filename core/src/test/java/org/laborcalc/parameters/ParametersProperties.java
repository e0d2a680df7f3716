package org.laborcalc.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.time.DateRange;

/**
 * Laws of the lookup over random packs of one key: entries for the nation, a province and a
 * prefecture in it, over random non-overlapping ranges (adjacent, with gaps, open-ended), in one to
 * three layered packs.
 */
class ParametersProperties {
  private static final Regions REGIONS = Regions.bundled();
  private static final Region NATION = REGIONS.national();
  private static final LocalDate BASE = LocalDate.of(2000, 1, 1);

  /** Range boundaries fall within this many days after {@link #BASE}. */
  private static final int HORIZON = 3000;

  private static final ParameterKey<BigDecimal> KEY =
      ParameterKey.number(
          "test.property.figure",
          "性质测试用数值",
          "property-test figure",
          BigDecimal.ZERO,
          BigDecimal.valueOf(1_000_000));

  private static final List<Region> PROVINCES_WITH_TWO_PREFECTURES =
      REGIONS.children(NATION).stream().filter(p -> REGIONS.children(p).size() >= 2).toList();

  /** One entry before it is numbered and put in a pack; {@code endDay} null = open-ended. */
  record Span(Region region, int startDay, Integer endDay) {
    DateRange range() {
      return endDay == null
          ? DateRange.from(BASE.plusDays(startDay))
          : DateRange.of(BASE.plusDays(startDay), BASE.plusDays(endDay));
    }
  }

  /**
   * Packs in precedence order, the regions asked about, and dates to ask.
   *
   * @param sibling a prefecture of the same province with no entries of its own
   */
  record Scenario(
      Region province,
      Region prefecture,
      Region sibling,
      List<ParameterPack> packs,
      List<LocalDate> dates) {

    List<Region> regionsAsked() {
      return List.of(prefecture, sibling, province, NATION);
    }

    List<ParameterEntry<?>> allEntries() {
      return packs.stream().flatMap(p -> p.entries().stream()).toList();
    }
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.of(PROVINCES_WITH_TWO_PREFECTURES)
        .flatMap(
            province -> {
              List<Region> prefectures = REGIONS.children(province);
              return Arbitraries.of(prefectures)
                  .flatMap(
                      prefecture -> {
                        Region sibling =
                            prefectures.stream()
                                .filter(r -> !r.equals(prefecture))
                                .findFirst()
                                .orElseThrow();
                        Arbitrary<List<List<Span>>> packs =
                            packSpans(province, prefecture).list().ofMinSize(1).ofMaxSize(3);
                        Arbitrary<List<Integer>> days =
                            Arbitraries.integers()
                                .between(-30, HORIZON + 30)
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(8);
                        return Combinators.combine(packs, days)
                            .as((ps, ds) -> scenario(province, prefecture, sibling, ps, ds));
                      });
            });
  }

  private static Arbitrary<List<Span>> packSpans(Region province, Region prefecture) {
    return Combinators.combine(spans(NATION), spans(province), spans(prefecture))
        .as(
            (n, p, f) -> {
              List<Span> all = new ArrayList<>(n);
              all.addAll(p);
              all.addAll(f);
              return all;
            });
  }

  /**
   * Non-overlapping spans of one region: sorted boundary points, each interval between two
   * neighbours either filled or a gap, and optionally an open-ended span from the last point.
   */
  private static Arbitrary<List<Span>> spans(Region region) {
    return Arbitraries.integers()
        .between(0, HORIZON)
        .set()
        .ofMaxSize(6)
        .flatMap(
            set -> {
              List<Integer> points = new ArrayList<>(new TreeSet<>(set));
              int intervals = Math.max(points.size() - 1, 0);
              return Combinators.combine(
                      Arbitraries.of(true, false).list().ofSize(intervals),
                      Arbitraries.of(true, false))
                  .as(
                      (filled, openEnded) -> {
                        List<Span> out = new ArrayList<>();
                        for (int i = 0; i < intervals; i++) {
                          if (filled.get(i)) {
                            out.add(new Span(region, points.get(i), points.get(i + 1)));
                          }
                        }
                        if (!points.isEmpty() && openEnded) {
                          out.add(new Span(region, points.get(points.size() - 1), null));
                        }
                        return out;
                      });
            });
  }

  private static Scenario scenario(
      Region province,
      Region prefecture,
      Region sibling,
      List<List<Span>> packSpans,
      List<Integer> randomDays) {
    List<ParameterPack> packs = new ArrayList<>();
    int serial = 0;
    TreeSet<Integer> days = new TreeSet<>(randomDays);
    for (int i = 0; i < packSpans.size(); i++) {
      String id = "pack-" + i;
      List<ParameterEntry<?>> entries = new ArrayList<>();
      for (Span s : packSpans.get(i)) {
        // A distinct value per entry, so that a wrong pick cannot pass for the right one.
        entries.add(entry(s, BigDecimal.valueOf(++serial), id));
        // Ask on and next to every boundary: that is where off-by-one errors live.
        days.add(s.startDay() - 1);
        days.add(s.startDay());
        if (s.endDay() != null) {
          days.add(s.endDay() - 1);
          days.add(s.endDay());
        }
      }
      packs.add(ParameterPack.of(id, "性质测试 " + i, "generated", entries));
    }
    return new Scenario(
        province, prefecture, sibling, packs, days.stream().map(BASE::plusDays).toList());
  }

  private static ParameterEntry<BigDecimal> entry(Span s, BigDecimal value, String packId) {
    return new ParameterEntry<>(
        KEY,
        s.region(),
        s.range(),
        value,
        List.of(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 64, 2)),
        Verification.PRIMARY,
        null,
        null,
        null,
        null,
        packId);
  }

  /** The first region of the lineage, most specific first, with an entry containing the date. */
  private static Optional<Region> mostSpecificRegionInForce(
      Scenario s, Region asked, LocalDate date) {
    for (Region r : REGIONS.lineage(asked)) {
      boolean any =
          s.allEntries().stream().anyMatch(e -> e.region().equals(r) && e.range().contains(date));
      if (any) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Property(tries = 500)
  void aLookupNeverAnswersWithAnEntryWhoseRangeExcludesTheDate(@ForAll("scenarios") Scenario s) {
    Parameters p = Parameters.of(s.packs());
    for (Region asked : s.regionsAsked()) {
      List<Region> lineage = REGIONS.lineage(asked);
      for (LocalDate date : s.dates()) {
        p.find(KEY, asked, date)
            .ifPresent(
                r -> {
                  assertThat(r.entry().range().contains(date))
                      .as("%s in %s on %s", r.entry().range(), asked, date)
                      .isTrue();
                  assertThat(lineage).contains(r.entry().region());
                  assertThat(r.requestedDate()).isEqualTo(date);
                });
      }
    }
  }

  @Property(tries = 500)
  void thePrefectureWinsOverTheProvinceAndTheProvinceOverTheNation(
      @ForAll("scenarios") Scenario s) {
    Parameters p = Parameters.of(s.packs());
    for (Region asked : s.regionsAsked()) {
      for (LocalDate date : s.dates()) {
        Optional<Region> expected = mostSpecificRegionInForce(s, asked, date);
        Optional<Region> actual = p.find(KEY, asked, date).map(r -> r.entry().region());
        assertThat(actual).as("%s on %s", asked, date).isEqualTo(expected);
        // Shows in the report that every level, and gaps, are exercised.
        Statistics.label("answered by")
            .collect(actual.map(r -> r.level().name()).orElse("nobody (gap)"));
      }
    }
  }

  @Property(tries = 500)
  void withinTheWinningRegionTheLatestPackWins(@ForAll("scenarios") Scenario s) {
    Parameters p = Parameters.of(s.packs());
    for (Region asked : s.regionsAsked()) {
      for (LocalDate date : s.dates()) {
        Optional<ParameterEntry<?>> expected =
            mostSpecificRegionInForce(s, asked, date)
                .flatMap(
                    region -> {
                      ParameterEntry<?> latest = null;
                      for (ParameterEntry<?> e : s.allEntries()) {
                        if (e.region().equals(region) && e.range().contains(date)) {
                          latest = e; // packs are in precedence order
                        }
                      }
                      return Optional.ofNullable(latest);
                    });
        Optional<ParameterEntry<?>> actual = p.find(KEY, asked, date).map(r -> r.entry());
        assertThat(actual).as("%s on %s", asked, date).isEqualTo(expected);
      }
    }
  }

  @Property(tries = 500)
  void whenSomeEntryOfTheLineageContainsTheDateTheLookupFindsOne(@ForAll("scenarios") Scenario s) {
    Parameters p = Parameters.of(s.packs());
    for (Region asked : s.regionsAsked()) {
      List<Region> lineage = REGIONS.lineage(asked);
      for (LocalDate date : s.dates()) {
        boolean inForce =
            s.allEntries().stream()
                .anyMatch(e -> lineage.contains(e.region()) && e.range().contains(date));
        if (inForce) {
          assertThat(p.find(KEY, asked, date)).as("%s on %s", asked, date).isPresent();
          assertThat(p.get(KEY, asked, date).value()).isNotNull();
        } else {
          assertThat(p.find(KEY, asked, date)).as("%s on %s", asked, date).isEmpty();
          assertThatExceptionOfType(MissingParameterException.class)
              .isThrownBy(() -> p.get(KEY, asked, date))
              .satisfies(
                  e -> {
                    assertThat(e.key()).isEqualTo(KEY.name());
                    assertThat(e.regionCode()).isEqualTo(asked.code());
                    assertThat(e.date()).isEqualTo(date);
                  });
        }
      }
    }
  }

  @Property(tries = 500)
  void theAnswerDoesNotDependOnTheOrderOfEntriesWithinAPack(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    List<ParameterPack> shuffled = new ArrayList<>();
    for (ParameterPack pack : s.packs()) {
      List<ParameterEntry<?>> entries = new ArrayList<>(pack.entries());
      Collections.shuffle(entries, random);
      shuffled.add(ParameterPack.of(pack.id(), pack.title(), pack.source(), entries));
    }
    Parameters original = Parameters.of(s.packs());
    Parameters reordered = Parameters.of(shuffled);
    for (Region asked : s.regionsAsked()) {
      for (LocalDate date : s.dates()) {
        assertThat(reordered.find(KEY, asked, date))
            .as("%s on %s", asked, date)
            .isEqualTo(original.find(KEY, asked, date));
      }
      assertThat(reordered.inForce(asked, s.dates().get(0)))
          .isEqualTo(original.inForce(asked, s.dates().get(0)));
    }
  }

  /**
   * Layering does not change an answer: the same packs put together with {@code with} one by one,
   * or as two sets with the earlier beneath ({@code withBeneath}), answer as the single set does,
   * whose answers the laws above hold to (most specific region, then the latest pack).
   */
  @Property(tries = 300)
  void layeredSetsAnswerAsOneSetOfTheSamePacks(
      @ForAll("scenarios") Scenario s, @ForAll Random random) {
    List<ParameterPack> packs = s.packs();
    Parameters single = Parameters.of(packs);
    Parameters oneByOne = Parameters.of(packs.subList(0, 1));
    for (ParameterPack pack : packs.subList(1, packs.size())) {
      oneByOne = oneByOne.with(pack);
    }
    int split = random.nextInt(packs.size() + 1);
    Parameters beneath =
        Parameters.of(packs.subList(split, packs.size()))
            .withBeneath(Parameters.of(packs.subList(0, split)));
    for (Parameters layered : List.of(oneByOne, beneath)) {
      assertThat(layered.packs()).isEqualTo(packs);
      for (Region asked : s.regionsAsked()) {
        for (LocalDate date : s.dates()) {
          assertThat(layered.find(KEY, asked, date))
              .as("%s on %s, split at %d", asked, date, split)
              .isEqualTo(single.find(KEY, asked, date));
        }
        assertThat(layered.inForce(asked, s.dates().get(0)))
            .isEqualTo(single.inForce(asked, s.dates().get(0)));
      }
    }
  }
}
