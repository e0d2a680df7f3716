package org.laborcalc.injury;

import java.time.LocalDate;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/**
 * The version of 《工伤保险条例》 a benefit is computed under, with its article numbers (the 2010 revision
 * renumbered the chapter: 2003 art. 29 became art. 30, a new art. 31 was inserted, and so on; see
 * the 2010 amending decision as reproduced in the 2003 text's notes).
 */
public enum Regime {
  /** 国务院令第375号, in force 2004-01-01 to 2010-12-31. */
  REGULATION_2003(
      Instruments.WORK_INJURY_REGULATION_2003, 29, 30, 31, 32, 33, 34, 35, 37, 60, 61, 0),
  /** 国务院令第586号, in force from 2011-01-01. */
  REGULATION_2010(
      Instruments.WORK_INJURY_REGULATION_2010, 30, 32, 33, 34, 35, 36, 37, 39, 62, 64, 12);

  /** First day of the 2010 revision. */
  public static final LocalDate REVISION_2010_IN_FORCE = LocalDate.of(2011, 1, 1);

  private final Instrument instrument;
  final int medical;
  final int devices;
  final int suspension;
  final int livingCare;
  final int grades1to4;
  final int grades5to6;
  final int grades7to10;
  final int death;
  final int uninsured;
  final int ownWage;
  final int fundUses;

  Regime(
      Instrument instrument,
      int medical,
      int devices,
      int suspension,
      int livingCare,
      int grades1to4,
      int grades5to6,
      int grades7to10,
      int death,
      int uninsured,
      int ownWage,
      int fundUses) {
    this.instrument = instrument;
    this.medical = medical;
    this.devices = devices;
    this.suspension = suspension;
    this.livingCare = livingCare;
    this.grades1to4 = grades1to4;
    this.grades5to6 = grades5to6;
    this.grades7to10 = grades7to10;
    this.death = death;
    this.uninsured = uninsured;
    this.ownWage = ownWage;
    this.fundUses = fundUses;
  }

  /** The version in force on {@code date}. */
  public static Regime on(LocalDate date) {
    return date.isBefore(REVISION_2010_IN_FORCE) ? REGULATION_2003 : REGULATION_2010;
  }

  public Instrument instrument() {
    return instrument;
  }

  Citation cite(int article) {
    return Citation.of(instrument, article);
  }

  Citation cite(int article, int paragraph) {
    return Citation.of(instrument, article, paragraph);
  }

  Citation cite(int article, int paragraph, int item) {
    return Citation.of(instrument, article, paragraph, item);
  }

  /** The article on the one-time disability subsidy for a grade. */
  int gradeArticle(int grade) {
    return grade <= 4 ? grades1to4 : grade <= 6 ? grades5to6 : grades7to10;
  }
}
