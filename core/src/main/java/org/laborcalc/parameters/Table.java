package org.laborcalc.parameters;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * A table of decimal figures by string key, e.g. months per disability grade ({@code "1"} to {@code
 * "10"}) or percents per self-care level. Immutable and thread-safe.
 */
public final class Table {
  private final ImmutableMap<String, BigDecimal> values;

  private Table(ImmutableMap<String, BigDecimal> values) {
    this.values = values;
  }

  public static Table of(Map<String, BigDecimal> values) {
    requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("table must not be empty");
    }
    return new Table(ImmutableMap.copyOf(values));
  }

  /** The figure for {@code key}; {@link IllegalArgumentException} when the table lacks it. */
  public BigDecimal get(String key) {
    BigDecimal v = values.get(requireNonNull(key, "key"));
    if (v == null) {
      throw new IllegalArgumentException(
          "table key (\"" + key + "\") must be one of " + values.keySet());
    }
    return v;
  }

  /** The figure for a grade or other whole-number key. */
  public BigDecimal get(int key) {
    return get(Integer.toString(key));
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  public Set<String> keys() {
    return values.keySet();
  }

  public Map<String, BigDecimal> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Table t) || !t.values.keySet().equals(values.keySet())) {
      return false;
    }
    return values.entrySet().stream()
        .allMatch(e -> e.getValue().compareTo(t.values.get(e.getKey())) == 0);
  }

  @Override
  public int hashCode() {
    return values.keySet().hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    values.forEach(
        (k, v) ->
            sb.append(sb.length() > 1 ? ", " : "")
                .append(k)
                .append(": ")
                .append(v.toPlainString()));
    return sb.append('}').toString();
  }
}
