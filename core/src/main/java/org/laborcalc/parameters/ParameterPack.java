package org.laborcalc.parameters;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A named set of parameter entries, e.g. the national figures of 《工伤保险条例》 or a caller's figures for
 * one city. Immutable; entries of one key and region never overlap in time.
 */
public final class ParameterPack {
  private static final Pattern ID_FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String id;
  private final String title;
  private final String source;
  private final ImmutableList<ParameterEntry<?>> entries;

  private ParameterPack(String id, String title, String source, List<ParameterEntry<?>> entries) {
    this.id = id;
    this.title = title;
    this.source = source;
    this.entries = ImmutableList.copyOf(entries);
  }

  /**
   * A pack of the given entries, each of which must name this pack's id.
   *
   * @throws InvalidPackException when two entries of one key and region overlap in time
   */
  public static ParameterPack of(
      String id, String title, String source, List<? extends ParameterEntry<?>> entries) {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(source, "source");
    if (!ID_FORM.matcher(id).matches()) {
      throw new InvalidPackException(
          source,
          "pack",
          "参数包标识“" + id + "”须为以“-”连接的小写字母或数字",
          "pack id (\"" + id + "\") must be lower-case words joined by '-'");
    }
    Map<String, List<Integer>> seen = new HashMap<>();
    List<ParameterEntry<?>> copy = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      ParameterEntry<?> e = requireNonNull(entries.get(i), "entry");
      if (!e.packId().equals(id)) {
        throw new IllegalArgumentException(
            "entry pack id (" + e.packId() + ") must equal the pack's id (" + id + ")");
      }
      String group = e.key().name() + "@" + e.region().code();
      List<Integer> previous = seen.computeIfAbsent(group, g -> new ArrayList<>());
      for (int j : previous) {
        if (entries.get(j).range().overlaps(e.range())) {
          throw new InvalidPackException(
              source,
              "entries[" + i + "]",
              "“"
                  + e.key().name()
                  + "”在"
                  + e.region().code()
                  + "的适用期间 "
                  + e.range()
                  + " 与 entries["
                  + j
                  + "] 的 "
                  + entries.get(j).range()
                  + " 重叠",
              "entry for "
                  + e.key().name()
                  + " in "
                  + e.region().code()
                  + " over "
                  + e.range()
                  + " overlaps entries["
                  + j
                  + "] over "
                  + entries.get(j).range());
        }
      }
      previous.add(i);
      copy.add(e);
    }
    return new ParameterPack(id, title, source, copy);
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** Where the pack came from: a resource or file name, or {@code "builder"}. */
  public String source() {
    return source;
  }

  public List<ParameterEntry<?>> entries() {
    return entries;
  }

  @Override
  public String toString() {
    return id + " (" + entries.size() + " entries, " + source + ")";
  }
}
