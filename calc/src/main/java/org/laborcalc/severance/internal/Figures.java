package org.laborcalc.severance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Verification;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.severance.SeveranceResult;

/**
 * The figures of one computation: looked up by key, region and date, every missing one collected
 * (never zero) so that the case lists them all at once, and every SECONDARY one noted. Not
 * thread-safe: one per computation.
 */
final class Figures {
  private final Parameters parameters;
  private final List<Violation> missing = new ArrayList<>();
  private final List<SeveranceResult.Notice> notices = new ArrayList<>();

  Figures(Parameters parameters) {
    this.parameters = parameters;
  }

  /** The figure in force, or empty with the miss recorded. */
  <T> Optional<ResolvedParameter<T>> find(ParameterKey<T> key, Region where, LocalDate date) {
    Optional<ResolvedParameter<T>> p = parameters.find(key, where, date);
    if (p.isEmpty()) {
      miss(key, where, date);
    } else {
      note(p.get());
    }
    return p;
  }

  /**
   * A figure a 直辖市 or 设区的市 publishes: an entry of a province (or the nation) found by falling back
   * from a prefecture is not the city's, and counts as missing.
   */
  <T> Optional<ResolvedParameter<T>> cityFigure(ParameterKey<T> key, Region city, LocalDate date) {
    Optional<ResolvedParameter<T>> p = parameters.find(key, city, date);
    if (p.isPresent()) {
      Region from = p.get().entry().region();
      boolean ok =
          from.code().equals(city.code())
              || (from.level() == Region.Level.PROVINCE
                  && CaseChecks.MUNICIPALITIES.contains(from.code()));
      if (ok) {
        note(p.get());
        return p;
      }
    }
    miss(key, city, date);
    return Optional.empty();
  }

  private void miss(ParameterKey<?> key, Region where, LocalDate date) {
    MissingParameterException e = new MissingParameterException(key, where, date);
    missing.add(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn()));
  }

  private void note(ResolvedParameter<?> p) {
    if (p.verification() == Verification.SECONDARY) {
      SeveranceResult.Notice n =
          new SeveranceResult.Notice(
              "SECONDARY_SOURCE",
              "“" + p.key().descriptionZh() + "”（" + p.packId() + "）的数值来自二手资料，未经原文核实",
              "\""
                  + p.key().descriptionEn()
                  + "\" ("
                  + p.packId()
                  + ") comes from secondary sources, not checked against the primary text");
      if (!notices.contains(n)) {
        notices.add(n);
      }
    }
  }

  private ResolvedParameter<java.math.BigDecimal> pre2008Cap;

  /** Looks up the pre-2008 cap of 481号 (in force on 2007-12-31), for the rules that have one. */
  boolean lookUpPre2008Cap() {
    Optional<ResolvedParameter<java.math.BigDecimal>> p =
        find(
            org.laborcalc.severance.SeveranceKeys.PRE_2008_CAP_MONTHS,
            org.laborcalc.region.Regions.bundled().national(),
            LocalDate.of(2007, 12, 31));
    p.ifPresent(v -> pre2008Cap = v);
    return p.isPresent();
  }

  /** The pre-2008 cap found by {@link #lookUpPre2008Cap()}. */
  ResolvedParameter<java.math.BigDecimal> pre2008Cap() {
    if (pre2008Cap == null) {
      throw new IllegalStateException("the pre-2008 cap was not looked up");
    }
    return pre2008Cap;
  }

  static ParameterUse use(ResolvedParameter<?> p) {
    return ParameterUse.of(p, String.valueOf(p.value()));
  }

  List<Violation> missing() {
    return List.copyOf(missing);
  }

  List<SeveranceResult.Notice> notices() {
    return List.copyOf(notices);
  }
}
