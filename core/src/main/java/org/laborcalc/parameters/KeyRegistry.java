package org.laborcalc.parameters;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameter keys a calculator understands; packs naming any other key are rejected. */
public final class KeyRegistry {
  private final ImmutableMap<String, ParameterKey<?>> byName;

  private KeyRegistry(ImmutableMap<String, ParameterKey<?>> byName) {
    this.byName = byName;
  }

  public static KeyRegistry of(List<? extends ParameterKey<?>> keys) {
    Map<String, ParameterKey<?>> map = new LinkedHashMap<>();
    for (ParameterKey<?> k : keys) {
      if (map.put(requireNonNull(k, "key").name(), k) != null) {
        throw new IllegalArgumentException("parameter key (" + k.name() + ") is listed twice");
      }
    }
    return new KeyRegistry(ImmutableMap.copyOf(map));
  }

  public Optional<ParameterKey<?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  public Collection<ParameterKey<?>> keys() {
    return byName.values();
  }
}
