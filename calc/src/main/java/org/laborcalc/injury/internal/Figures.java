package org.laborcalc.injury.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.law.Verification;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;

/**
 * The statutory figures of one computation: every look-up goes through here, so that a figure from
 * secondary sources, or one its pack warns about, is always noticed in the result.
 */
public final class Figures {
  private final Parameters parameters;
  private final LocalDate knownAsOf;
  private final Notices notices;

  Figures(Parameters parameters, LocalDate knownAsOf, Notices notices) {
    this.parameters = parameters;
    this.knownAsOf = knownAsOf;
    this.notices = notices;
  }

  /** The figure of {@code key} in force in {@code where} on {@code date}. */
  public <T> ResolvedParameter<T> use(ParameterKey<T> key, Region where, LocalDate date) {
    ResolvedParameter<T> p =
        knownAsOf == null
            ? parameters.get(key, where, date)
            : parameters.get(key, where, date, knownAsOf);
    noteSource(p);
    return p;
  }

  /**
   * The figure of {@code key} in {@code where} on {@code date} if a pack or the caller has one: for
   * a rule that a region may replace with its own (a province's variant of an item).
   */
  public <T> Optional<ResolvedParameter<T>> find(
      ParameterKey<T> key, Region where, LocalDate date) {
    Optional<ResolvedParameter<T>> p;
    if (knownAsOf == null) {
      p = parameters.find(key, where, date);
    } else {
      try {
        p = Optional.of(parameters.get(key, where, date, knownAsOf));
      } catch (MissingParameterException none) {
        p = Optional.empty();
      }
    }
    p.ifPresent(this::noteSource);
    return p;
  }

  /** A yearly figure (an average wage, the disposable income) for calendar year {@code year}. */
  public <T> ResolvedParameter<T> yearFigure(ParameterKey<T> key, Region where, int year) {
    return use(key, where, LocalDate.of(year, 7, 1));
  }

  private void noteSource(ResolvedParameter<?> p) {
    if (p.verification() == Verification.SECONDARY) {
      notices.warn(
          NoticeCode.SECONDARY_SOURCE,
          p.key().name() + "@" + p.entry().region().code(),
          "“"
              + p.key().descriptionZh()
              + "”（"
              + p.packId()
              + "，"
              + p.entry().region().fullName()
              + "）的数值来自二手资料，未经原文核实",
          "\""
              + p.key().descriptionEn()
              + "\" ("
              + p.packId()
              + ", "
              + p.entry().region().fullName()
              + ") comes from secondary sources, not checked against the primary text");
    }
    if (p.entry().warningEn() != null) {
      notices.warn(
          NoticeCode.PARAMETER_WARNING,
          p.key().name() + "@" + p.entry().region().code(),
          p.entry().warningZh(),
          p.entry().warningEn());
    }
  }
}
