package org.laborcalc.parameters;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;

/**
 * Parameter packs layered in order: the lookup answers with the value in force for a key, region
 * and date. Immutable and thread-safe; build once and share.
 *
 * <p>Precedence: the most specific region with any entry in force wins (prefecture over province
 * over nation); within that region, the latest pack wins (a caller's pack over the bundled ones);
 * within a pack, the entry whose half-open range contains the date. A date on a boundary therefore
 * takes the later entry.
 */
public final class Parameters {
  private final ImmutableList<ParameterPack> packs;
  private final Regions regions;
  // key name -> region code -> entries, latest pack first
  private final ImmutableMap<String, ImmutableMap<String, ImmutableList<ParameterEntry<?>>>> index;

  private Parameters(List<ParameterPack> packs, Regions regions) {
    this.packs = ImmutableList.copyOf(packs);
    this.regions = regions;
    Map<String, Map<String, List<ParameterEntry<?>>>> m = new HashMap<>();
    for (ParameterPack p : this.packs.reverse()) {
      for (ParameterEntry<?> e : p.entries()) {
        m.computeIfAbsent(e.key().name(), k -> new HashMap<>())
            .computeIfAbsent(e.region().code(), r -> new ArrayList<>())
            .add(e);
      }
    }
    ImmutableMap.Builder<String, ImmutableMap<String, ImmutableList<ParameterEntry<?>>>> b =
        ImmutableMap.builder();
    m.forEach(
        (key, byRegion) -> {
          ImmutableMap.Builder<String, ImmutableList<ParameterEntry<?>>> rb =
              ImmutableMap.builder();
          byRegion.forEach((code, list) -> rb.put(code, ImmutableList.copyOf(list)));
          b.put(key, rb.buildOrThrow());
        });
    this.index = b.buildOrThrow();
  }

  /** Packs in precedence order: each later pack overrides the earlier ones. */
  public static Parameters of(List<ParameterPack> packs) {
    return new Parameters(requireNonNull(packs, "packs"), Regions.bundled());
  }

  /** This set with {@code pack} layered on top. */
  public Parameters with(ParameterPack pack) {
    requireNonNull(pack, "pack");
    List<ParameterPack> list = new ArrayList<>(packs);
    list.add(pack);
    return new Parameters(list, regions);
  }

  public List<ParameterPack> packs() {
    return packs;
  }

  /** The value in force; {@link MissingParameterException} when there is none. */
  public <T> ResolvedParameter<T> get(ParameterKey<T> key, Region region, LocalDate date) {
    return find(key, region, date, null)
        .orElseThrow(() -> new MissingParameterException(key, region, date));
  }

  /**
   * The value in force as it was known on {@code knownAsOf}: entries that became public later are
   * ignored (entries without a {@code knownSince} date always count).
   */
  public <T> ResolvedParameter<T> get(
      ParameterKey<T> key, Region region, LocalDate date, LocalDate knownAsOf) {
    requireNonNull(knownAsOf, "knownAsOf");
    return find(key, region, date, knownAsOf)
        .orElseThrow(() -> new MissingParameterException(key, region, date));
  }

  public <T> Optional<ResolvedParameter<T>> find(
      ParameterKey<T> key, Region region, LocalDate date) {
    return find(key, region, date, null);
  }

  /**
   * The value in force as it was known on {@code knownAsOf} (see {@link #get(ParameterKey, Region,
   * LocalDate, LocalDate)}), or as known now when {@code knownAsOf} is null; empty when there is
   * none.
   */
  public <T> Optional<ResolvedParameter<T>> find(
      ParameterKey<T> key, Region region, LocalDate date, LocalDate knownAsOf) {
    requireNonNull(key, "key");
    requireNonNull(region, "region");
    requireNonNull(date, "date");
    ImmutableMap<String, ImmutableList<ParameterEntry<?>>> byRegion = index.get(key.name());
    if (byRegion == null) {
      return Optional.empty();
    }
    Region r = region;
    while (r != null) {
      ImmutableList<ParameterEntry<?>> entries = byRegion.get(r.code());
      if (entries != null) {
        for (ParameterEntry<?> e : entries) {
          if (e.range().contains(date)
              && (knownAsOf == null
                  || e.knownSince() == null
                  || !e.knownSince().isAfter(knownAsOf))) {
            @SuppressWarnings(
                "unchecked") // the index is keyed by the key's name, and names are unique
            ParameterEntry<T> typed = (ParameterEntry<T>) e;
            return Optional.of(new ResolvedParameter<>(typed, date));
          }
        }
      }
      r = r.parentCode() == null ? null : regions.get(r.parentCode());
    }
    return Optional.empty();
  }

  /** Every parameter in force for the region and date, with its source, sorted by key. */
  public List<ResolvedParameter<?>> inForce(Region region, LocalDate date) {
    requireNonNull(region, "region");
    requireNonNull(date, "date");
    List<ResolvedParameter<?>> out = new ArrayList<>();
    for (String name : index.keySet()) {
      ParameterKey<?> key = anyEntry(name).key();
      find(key, region, date, null).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(p -> p.key().name()));
    return out;
  }

  private ParameterEntry<?> anyEntry(String keyName) {
    return index.get(keyName).values().iterator().next().get(0);
  }
}
