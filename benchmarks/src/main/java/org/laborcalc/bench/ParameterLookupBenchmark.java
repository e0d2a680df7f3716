package org.laborcalc.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.parameters.ParameterEntry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.testkit.GeneratedCases;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenario 4: one lookup {@link Parameters#get(ParameterKey, Region, LocalDate)} over the bundled
 * packs plus a caller's pack of local figures for six regions and nine years (as a batch of cases
 * would have), against a baseline: plain hash maps of the same entries, walked the same way
 * (region, then its parents; the first entry whose range holds the date), returning the bare value.
 *
 * <p>Lookups: {@code PREFECTURE_HIT} (济宁市's average wage, found at the prefecture among nine yearly
 * entries), {@code PROVINCE_HIT} (山东省's termination-subsidy rule, asked for 济宁市), {@code
 * NATIONAL_FALLBACK} (the pay days per month, asked for 济宁市, found only at the nation).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ParameterLookupBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ParameterLookupBenchmark {

  @Param({"PREFECTURE_HIT", "PROVINCE_HIT", "NATIONAL_FALLBACK"})
  public String lookup;

  private Parameters parameters;
  private ParameterKey<?> key;
  private Region region;
  private LocalDate date;

  // The baseline's maps: key name -> region code -> entries, latest pack first; code -> parent.
  private Map<String, Map<String, List<ParameterEntry<?>>>> plain;
  private Map<String, String> parents;

  @Setup(Level.Trial)
  public void setUp() {
    parameters = GeneratedCases.figures().overBundled();
    region = Region.of("370800");
    switch (lookup) {
      case "PREFECTURE_HIT" -> {
        key = WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE;
        date = LocalDate.of(2019, 7, 1);
      }
      case "PROVINCE_HIT" -> {
        key = WorkInjuryKeys.TERMINATION_SUBSIDIES;
        date = LocalDate.of(2020, 10, 31);
      }
      case "NATIONAL_FALLBACK" -> {
        key = WorkInjuryKeys.PAY_DAYS_PER_MONTH;
        date = LocalDate.of(2019, 12, 18);
      }
      default -> throw new IllegalArgumentException("lookup (" + lookup + ") is unknown");
    }
    plain = new HashMap<>();
    parents = new HashMap<>();
    List<ParameterPack> packs = new ArrayList<>(parameters.packs());
    for (int i = packs.size() - 1; i >= 0; i--) {
      for (ParameterEntry<?> e : packs.get(i).entries()) {
        plain
            .computeIfAbsent(e.key().name(), k -> new HashMap<>())
            .computeIfAbsent(e.region().code(), r -> new ArrayList<>())
            .add(e);
        for (Region r = e.region(); r.parentCode() != null; r = Region.of(r.parentCode())) {
          parents.put(r.code(), r.parentCode());
        }
      }
    }
    parents.put(region.code(), region.parentCode());
    parents.put(region.parentCode(), Region.of(region.parentCode()).parentCode());
    if (get() == null || baseline() != get().value()) {
      throw new IllegalStateException(lookup + ": the baseline must find the same entry");
    }
  }

  @Benchmark
  public ResolvedParameter<?> get() {
    return parameters.get(key, region, date);
  }

  @Benchmark
  public Object baseline() {
    Map<String, List<ParameterEntry<?>>> byRegion = plain.get(key.name());
    for (String code = region.code(); code != null; code = parents.get(code)) {
      List<ParameterEntry<?>> entries = byRegion.get(code);
      if (entries != null) {
        for (ParameterEntry<?> e : entries) {
          if (e.range().contains(date)) {
            return e.value();
          }
        }
      }
    }
    return null;
  }
}
