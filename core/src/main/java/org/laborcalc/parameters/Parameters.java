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
  // The packs' indexes, latest first: a pack layered on top is indexed alone and put in front, so
  // layering a caller's figures over the bundled packs never re-indexes them.
  private final ImmutableList<Layer> layers;

  private Parameters(
      ImmutableList<ParameterPack> packs, Regions regions, ImmutableList<Layer> layers) {
    this.packs = packs;
    this.regions = regions;
    this.layers = layers;
  }

  /**
   * One pack set's index: key name -> region code -> entries, latest pack first. Layers looked up
   * top first give, for each region, the entries in the order a single index of all their packs
   * would hold them, so the precedence is the same.
   */
  private record Layer(
      ImmutableMap<String, ImmutableMap<String, ImmutableList<ParameterEntry<?>>>> index) {
    static Layer of(List<ParameterPack> packs) {
      Map<String, Map<String, List<ParameterEntry<?>>>> m = new HashMap<>();
      for (ParameterPack p : ImmutableList.copyOf(packs).reverse()) {
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
      return new Layer(b.buildOrThrow());
    }
  }

  /** Packs in precedence order: each later pack overrides the earlier ones. */
  public static Parameters of(List<ParameterPack> packs) {
    requireNonNull(packs, "packs");
    return new Parameters(
        ImmutableList.copyOf(packs), Regions.bundled(), ImmutableList.of(Layer.of(packs)));
  }

  /**
   * This set with {@code pack} layered on top. Only {@code pack} is indexed: this set's index is
   * shared, not copied.
   */
  public Parameters with(ParameterPack pack) {
    requireNonNull(pack, "pack");
    return new Parameters(
        ImmutableList.<ParameterPack>builderWithExpectedSize(packs.size() + 1)
            .addAll(packs)
            .add(pack)
            .build(),
        regions,
        ImmutableList.<Layer>builderWithExpectedSize(layers.size() + 1)
            .add(Layer.of(List.of(pack)))
            .addAll(layers)
            .build());
  }

  /**
   * This set with {@code beneath}'s packs beneath all of this set's: a figure of this set for the
   * same key and region wins. Neither index is copied.
   */
  public Parameters withBeneath(Parameters beneath) {
    requireNonNull(beneath, "beneath");
    return new Parameters(
        ImmutableList.<ParameterPack>builderWithExpectedSize(beneath.packs.size() + packs.size())
            .addAll(beneath.packs)
            .addAll(packs)
            .build(),
        regions,
        ImmutableList.<Layer>builderWithExpectedSize(layers.size() + beneath.layers.size())
            .addAll(layers)
            .addAll(beneath.layers)
            .build());
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
    String name = key.name();
    Region r = region;
    while (r != null) {
      String code = r.code();
      for (Layer layer : layers) {
        ImmutableMap<String, ImmutableList<ParameterEntry<?>>> byRegion = layer.index().get(name);
        ImmutableList<ParameterEntry<?>> entries = byRegion == null ? null : byRegion.get(code);
        if (entries == null) {
          continue;
        }
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
    Map<String, ParameterKey<?>> keys = new HashMap<>();
    for (Layer layer : layers) {
      layer
          .index()
          .forEach(
              (name, byRegion) ->
                  keys.putIfAbsent(name, byRegion.values().iterator().next().get(0).key()));
    }
    List<ResolvedParameter<?>> out = new ArrayList<>();
    for (ParameterKey<?> key : keys.values()) {
      find(key, region, date, null).ifPresent(out::add);
    }
    out.sort(Comparator.comparing(p -> p.key().name()));
    return out;
  }
}
