package org.laborcalc.sheet;

import org.laborcalc.calculation.Calculations;

/**
 * The human name of a parameter key, in Chinese and English, from the key's own description in the
 * built-in calculations' registries: sheets name a figure, never show its key (the key is in the
 * result JSON). Stateless and thread-safe.
 */
final class ParameterNames {
  private ParameterNames() {}

  /** The name of {@code key}; a key no built-in calculation declares keeps its key as its name. */
  static Text of(String key) {
    return Calculations.builtIn()
        .keys()
        .find(key)
        .map(k -> Text.of(k.descriptionZh(), k.descriptionEn()))
        .orElse(Text.of(key));
  }
}
