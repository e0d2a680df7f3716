package org.laborcalc.calculation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laborcalc.arbitration.ArbitrationCalculation;
import org.laborcalc.arrears.WageArrearsCalculation;
import org.laborcalc.doublewage.DoubleWageCalculation;
import org.laborcalc.illegal.IllegalEmploymentCalculation;
import org.laborcalc.injury.WorkInjuryCalculation;
import org.laborcalc.leave.AnnualLeaveCalculation;
import org.laborcalc.noncompete.NonCompeteCalculation;
import org.laborcalc.overtime.OvertimeCalculation;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.PackReader;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.severance.SeveranceCalculation;

/**
 * The calculations a case file may name, by kind, and the union of their parameter keys. Immutable
 * and thread-safe; {@link #with(Calculation)} returns a new registry.
 */
public final class Calculations {
  /** The kind of a case file that names none: the files written before there was a choice. */
  public static final String DEFAULT_KIND = "work-injury";

  private static final Calculations BUILT_IN =
      of(
          List.of(
              WorkInjuryCalculation.INSTANCE,
              IllegalEmploymentCalculation.INSTANCE,
              SeveranceCalculation.INSTANCE,
              AnnualLeaveCalculation.INSTANCE,
              OvertimeCalculation.INSTANCE,
              DoubleWageCalculation.INSTANCE,
              WageArrearsCalculation.INSTANCE,
              NonCompeteCalculation.INSTANCE,
              ArbitrationCalculation.INSTANCE));

  private final Map<String, Calculation<?, ?>> byKind;
  private final KeyRegistry keys;
  private final PackReader packs;

  private Calculations(Map<String, Calculation<?, ?>> byKind) {
    this.byKind = byKind;
    this.keys = union(byKind.values());
    this.packs = PackReader.of(keys);
  }

  /** The calculations bundled with laborcalc. */
  public static Calculations builtIn() {
    return BUILT_IN;
  }

  /**
   * A registry of these calculations.
   *
   * @throws IllegalArgumentException when two share a kind, or their keys share a name with
   *     different types
   */
  public static Calculations of(List<? extends Calculation<?, ?>> calculations) {
    Map<String, Calculation<?, ?>> map = new LinkedHashMap<>();
    for (Calculation<?, ?> c : calculations) {
      requireNonNull(c, "calculation");
      String kind = requireNonNull(c.kind(), "kind");
      if (!kind.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException(
            "calculation kind (\"" + kind + "\") must be lower-case words joined by hyphens");
      }
      if (map.putIfAbsent(kind, c) != null) {
        throw new IllegalArgumentException("calculation kind (" + kind + ") is registered twice");
      }
    }
    return new Calculations(Collections.unmodifiableMap(map));
  }

  /** This registry and one more calculation. */
  public Calculations with(Calculation<?, ?> calculation) {
    List<Calculation<?, ?>> all = new ArrayList<>(byKind.values());
    all.add(requireNonNull(calculation, "calculation"));
    return of(all);
  }

  /** The calculation of a kind. */
  public Optional<Calculation<?, ?>> find(String kind) {
    return Optional.ofNullable(byKind.get(kind));
  }

  /** The kinds registered, in registration order. */
  public List<String> kinds() {
    return List.copyOf(byKind.keySet());
  }

  /** Every parameter key of every registered calculation: the keys a pack may name. */
  public KeyRegistry keys() {
    return keys;
  }

  /** A reader of packs naming any of {@link #keys()}. */
  public PackReader packReader() {
    return packs;
  }

  /** Keys of general law (a minimum wage) are shared by calculations: one key, listed once. */
  private static KeyRegistry union(Iterable<Calculation<?, ?>> calculations) {
    Map<String, ParameterKey<?>> keys = new LinkedHashMap<>();
    for (Calculation<?, ?> c : calculations) {
      for (ParameterKey<?> k : c.keys().keys()) {
        ParameterKey<?> known = keys.putIfAbsent(k.name(), k);
        if (known != null && (known.kind() != k.kind() || known.valueClass() != k.valueClass())) {
          throw new IllegalArgumentException(
              "parameter key ("
                  + k.name()
                  + ") of calculation "
                  + c.kind()
                  + " must have the type it has in another calculation");
        }
      }
    }
    return KeyRegistry.of(List.copyOf(keys.values()));
  }
}
