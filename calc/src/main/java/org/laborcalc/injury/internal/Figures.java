package org.laborcalc.injury.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.CalculationOptions.UnpublishedYearlyFigure;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.ParameterEntry;
import org.laborcalc.parameters.ParameterKey;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.wage.SourcedFigure;
import org.laborcalc.wage.WageWarning;

/**
 * The statutory figures of one computation: every look-up goes through here, so that a figure from
 * secondary sources, or one its pack warns about, is always noticed in the result, and a figure no
 * pack supplies stops only the rule that asked for it ({@link Missing}), the engine going on with
 * the others.
 */
public final class Figures {
  /**
   * A figure one computation needs and no pack supplies: for a yearly statistic the calendar year
   * it must cover, for any other figure the day it must be in force.
   */
  record Need(ParameterKey<?> key, Region region, Integer year, LocalDate date) {
    MissingParameterException exception() {
      return new MissingParameterException(key, region, date);
    }
  }

  /**
   * Stops a rule that needs a figure no pack supplies (or a finding that rests on one, such as
   * 本人工资); the engine drops that rule's lines and lists the figures as missing. Never leaves the
   * engine.
   */
  static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings("serial") // never serialised: caught inside the one computation
    private final List<Need> needs;

    Missing(List<Need> needs) {
      super(null, null, false, false);
      this.needs = List.copyOf(needs);
    }

    List<Need> needs() {
      return needs;
    }
  }

  /**
   * A yearly figure of {@code year} that was not there, stood in for by the previous year's ({@code
   * used}) under {@link UnpublishedYearlyFigure#PREVIOUS_YEAR_PROVISIONALLY}.
   */
  record Provisional(ParameterKey<?> key, Region region, int year, ResolvedParameter<?> used) {}

  private final Parameters parameters;
  private final LocalDate knownAsOf;
  private final boolean previousYearProvisionally;
  private final Notices notices;
  // The provisional figures used since the last drain: the engine drains them once per rule, so
  // that each line of the rule is warned (the one mutable piece, confined to one computation).
  private final List<Provisional> provisional = new ArrayList<>();

  /** The caller's figures used, each once, in the order first used (issue 22 §5). */
  private final Map<ParameterEntry<?>, ResolvedParameter<?>> userSupplied = new LinkedHashMap<>();

  Figures(Parameters parameters, CalculationOptions options, Notices notices) {
    this.parameters = parameters;
    this.knownAsOf = options.knownAsOf();
    this.previousYearProvisionally =
        options.unpublishedYearlyFigure() == UnpublishedYearlyFigure.PREVIOUS_YEAR_PROVISIONALLY;
    this.notices = notices;
  }

  /** The figure of {@code key} in force in {@code where} on {@code date}. */
  public <T> ResolvedParameter<T> use(ParameterKey<T> key, Region where, LocalDate date) {
    return found(
        key, parameters.find(key, where, date, knownAsOf), new Need(key, where, null, date));
  }

  /**
   * The figure of {@code key} in {@code where} on {@code date} if a pack or the caller has one: for
   * a rule that a region may replace with its own (a province's variant of an item).
   */
  public <T> Optional<ResolvedParameter<T>> find(
      ParameterKey<T> key, Region where, LocalDate date) {
    // Not a missing figure when absent: the rule then applies its national form.
    Optional<ResolvedParameter<T>> p = parameters.find(key, where, date, knownAsOf);
    p.ifPresent(this::noteSource);
    return p;
  }

  /** A yearly figure (an average wage, the disposable income) for calendar year {@code year}. */
  public <T> ResolvedParameter<T> yearFigure(ParameterKey<T> key, Region where, int year) {
    // A yearly entry covers exactly its calendar year (ParameterEntry), so any day of it will do.
    LocalDate day = LocalDate.of(year, 7, 1);
    Optional<ResolvedParameter<T>> p = parameters.find(key, where, day, knownAsOf);
    if (p.isEmpty() && previousYearProvisionally) {
      // 人社部发〔2013〕34号: the year before, provisionally; never an older one.
      Optional<ResolvedParameter<T>> before =
          parameters.find(key, where, day.minusYears(1), knownAsOf);
      if (before.isPresent()) {
        provisional.add(new Provisional(key, where, year, before.get()));
        p = before;
      }
    }
    return found(key, p, new Need(key, where, year, day));
  }

  /**
   * A yearly figure the city {@code city} itself publishes: an entry of its province or the nation,
   * found by falling back from the city, is not the city's and counts as missing.
   */
  public <T> ResolvedParameter<T> cityYearFigure(ParameterKey<T> key, Region city, int year) {
    ResolvedParameter<T> p = yearFigure(key, city, year);
    if (!p.entry().region().code().equals(city.code())) {
      throw new Missing(List.of(new Need(key, city, year, LocalDate.of(year, 7, 1))));
    }
    return p;
  }

  /** The provisional figures used since the last call, which are then forgotten. */
  List<Provisional> drainProvisional() {
    List<Provisional> out = List.copyOf(provisional);
    provisional.clear();
    return out;
  }

  /** Counts {@code uses} as used again (a finding that rests on them is read by a rule). */
  void reuse(List<Provisional> uses) {
    provisional.addAll(uses);
  }

  /**
   * Several figures one finding needs, looked up together so that every one missing is listed at
   * once: {@link #get} answers null for a missing figure, {@link #check} then stops the finding.
   */
  public static final class Batch {
    private final List<Need> needs = new ArrayList<>();

    public <T> ResolvedParameter<T> get(Supplier<ResolvedParameter<T>> lookup) {
      try {
        return lookup.get();
      } catch (Missing m) {
        needs.addAll(m.needs());
        return null;
      }
    }

    /** A finding that rests on several figures, or null with the missing ones noted. */
    public <T> T attempt(Supplier<T> finding) {
      try {
        return finding.get();
      } catch (Missing m) {
        needs.addAll(m.needs());
        return null;
      }
    }

    public void check() {
      if (!needs.isEmpty()) {
        throw new Missing(needs);
      }
    }
  }

  private <T> ResolvedParameter<T> found(
      ParameterKey<T> key, Optional<ResolvedParameter<T>> p, Need need) {
    if (p.isEmpty()) {
      throw new Missing(List.of(need));
    }
    noteSource(p.get());
    return p.get();
  }

  private void noteSource(ResolvedParameter<?> p) {
    if (p.verification() == Verification.USER_SUPPLIED) {
      userSupplied.putIfAbsent(p.entry(), p);
    }
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

  /**
   * Warns {@code FIGURE_NOT_PRIMARY} for every figure of the caller's that the computation used,
   * whether the wage was stated or found from evidence, each once (the evidence path already warns
   * for its statutory figures in the same words, so those are not repeated). Called once, when the
   * computation ends.
   */
  void noteUserSupplied() {
    for (ResolvedParameter<?> p : userSupplied.values()) {
      Object v = p.value();
      BigDecimal value = v instanceof Money m ? m.amount() : v instanceof BigDecimal b ? b : null;
      WageWarning w =
          value != null
              ? WageWarning.figureNotPrimary(
                      new SourcedFigure(value, describe(p), p.citations(), p.verification()))
                  .orElseThrow()
              : WageWarning.figureNotPrimary(describe(p));
      notices.warn(w.code(), w.messageZh(), w.messageEn());
    }
  }

  /**
   * {@code 统筹地区职工月平均工资（山东省济宁市，2018-01-01 至 2018-12-31，参数包 example-figures）}: the sheets' one date
   * style, both days included (issue 20).
   */
  static String describe(ResolvedParameter<?> p) {
    return p.key().descriptionZh()
        + "（"
        + p.entry().region().fullName()
        + "，"
        + rangeZh(p.entry().range())
        + "，参数包 "
        + p.packId()
        + "）";
  }

  /** {@code 2018-01-01 至 2018-12-31}; an open end as {@code 2018-01-01 起}. */
  static String rangeZh(org.laborcalc.time.DateRange range) {
    if (range.isUnbounded()) {
      return range.start() + " 起";
    }
    return range.endInclusive().map(end -> range.start() + " 至 " + end).orElse(range.toString());
  }
}
