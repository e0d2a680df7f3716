package org.laborcalc.injury;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.GradeBand;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;

/**
 * The version of 《工伤保险条例》 a benefit is computed under, with the article number of each provision in
 * that version (the 2010 revision renumbered the chapter: 2003 art. 29 became art. 30, a new art.
 * 31 was inserted, and so on; see the 2010 amending decision as reproduced in the 2003 text's
 * notes). Immutable.
 */
public enum Regime {
  /** 国务院令第375号, in force 2004-01-01 to 2010-12-31. */
  REGULATION_2003(
      Instruments.WORK_INJURY_REGULATION_2003,
      Map.ofEntries(
          Map.entry(Provision.MEDICAL_TREATMENT, 29),
          Map.entry(Provision.ASSISTIVE_DEVICES, 30),
          Map.entry(Provision.SUSPENSION, 31),
          Map.entry(Provision.LIVING_CARE, 32),
          Map.entry(Provision.GRADES_1_TO_4, 33),
          Map.entry(Provision.GRADES_5_TO_6, 34),
          Map.entry(Provision.GRADES_7_TO_10, 35),
          Map.entry(Provision.DEATH, 37),
          Map.entry(Provision.BENEFITS_STOP, 40),
          Map.entry(Provision.UNINSURED_EMPLOYER, 60),
          Map.entry(Provision.OWN_WAGE, 61))),
  /** 国务院令第586号, in force from 2011-01-01. */
  REGULATION_2010(
      Instruments.WORK_INJURY_REGULATION_2010,
      Map.ofEntries(
          Map.entry(Provision.FUND_USES, 12),
          Map.entry(Provision.RECOGNITION_APPLICATION, 17),
          Map.entry(Provision.MEDICAL_TREATMENT, 30),
          Map.entry(Provision.ASSISTIVE_DEVICES, 32),
          Map.entry(Provision.SUSPENSION, 33),
          Map.entry(Provision.LIVING_CARE, 34),
          Map.entry(Provision.GRADES_1_TO_4, 35),
          Map.entry(Provision.GRADES_5_TO_6, 36),
          Map.entry(Provision.GRADES_7_TO_10, 37),
          Map.entry(Provision.DEATH, 39),
          Map.entry(Provision.MISSING_WORKER, 41),
          Map.entry(Provision.BENEFITS_STOP, 42),
          Map.entry(Provision.UNINSURED_EMPLOYER, 62),
          Map.entry(Provision.OWN_WAGE, 64)));

  /**
   * The provisions of chapter 5 (and the articles around it) that a benefit rule cites. A provision
   * absent from a version's table is one whose article is not in the legal folder for that version
   * (the 2003 text's arts. 12 and 17): a rule then cites the Regulation as a whole rather than an
   * article guessed.
   */
  public enum Provision {
    /** 工伤保险基金的支出范围 (2010 art. 12). */
    FUND_USES,
    /** 工伤认定申请 by the employer within 30 days; late application (2010 art. 17). */
    RECOGNITION_APPLICATION,
    /** 工伤医疗待遇 (2010 art. 30, 2003 art. 29). */
    MEDICAL_TREATMENT,
    /** 辅助器具 (2010 art. 32, 2003 art. 30). */
    ASSISTIVE_DEVICES,
    /** 停工留薪期 (2010 art. 33, 2003 art. 31). */
    SUSPENSION,
    /** 生活护理费 (2010 art. 34, 2003 art. 32). */
    LIVING_CARE,
    /** 一级至四级伤残 (2010 art. 35, 2003 art. 33). */
    GRADES_1_TO_4,
    /** 五级、六级伤残 (2010 art. 36, 2003 art. 34). */
    GRADES_5_TO_6,
    /** 七级至十级伤残 (2010 art. 37, 2003 art. 35). */
    GRADES_7_TO_10,
    /** 因工死亡 (2010 art. 39, 2003 art. 37). */
    DEATH,
    /**
     * 下落不明 after an accident (2010 art. 41; the 2003 text's counterpart is not in the legal
     * folder).
     */
    MISSING_WORKER,
    /** 停止享受工伤保险待遇, e.g. (一) 丧失享受待遇条件的 (2010 art. 42, 2003 art. 40). */
    BENEFITS_STOP,
    /** 未参加工伤保险的用人单位 (2010 art. 62, 2003 art. 60). */
    UNINSURED_EMPLOYER,
    /** 本人工资 (2010 art. 64, 2003 art. 61). */
    OWN_WAGE
  }

  /** First day of the 2010 revision. */
  public static final LocalDate REVISION_2010_IN_FORCE = LocalDate.of(2011, 1, 1);

  private final Instrument instrument;
  private final Map<Provision, Integer> articles;

  Regime(Instrument instrument, Map<Provision, Integer> articles) {
    this.instrument = instrument;
    this.articles = new EnumMap<>(articles);
  }

  /** The version in force on {@code date}. */
  public static Regime on(LocalDate date) {
    return date.isBefore(REVISION_2010_IN_FORCE) ? REGULATION_2003 : REGULATION_2010;
  }

  public Instrument instrument() {
    return instrument;
  }

  /** The article number of {@code provision} in this version, if the legal folder holds it. */
  public OptionalInt article(Provision provision) {
    Integer a = articles.get(requireNonNull(provision, "provision"));
    return a == null ? OptionalInt.empty() : OptionalInt.of(a);
  }

  /** The article number of {@code provision}; for provisions every version has. */
  public int articleOf(Provision provision) {
    return article(provision)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "provision (" + provision + ") has no article in " + this));
  }

  /** The provision's article (paragraph 0 = the whole article, item 0 = the whole paragraph). */
  public Citation cite(Provision provision) {
    return Citation.of(instrument, articleOf(provision));
  }

  public Citation cite(Provision provision, int paragraph) {
    return Citation.of(instrument, articleOf(provision), paragraph);
  }

  public Citation cite(Provision provision, int paragraph, int item) {
    return Citation.of(instrument, articleOf(provision), paragraph, item);
  }

  /**
   * The provision's article where the legal folder holds it for this version; otherwise the
   * Regulation as a whole (never an article guessed).
   */
  public Citation citeOrWhole(Provision provision, int paragraph) {
    OptionalInt a = article(provision);
    return a.isPresent()
        ? Citation.of(instrument, a.getAsInt(), paragraph)
        : Citation.of(instrument);
  }

  /** The provision on the benefits of the band {@code grade} falls in. */
  public static Provision provisionOf(DisabilityGrade grade) {
    return switch (GradeBand.of(grade)) {
      case ONE_TO_FOUR -> Provision.GRADES_1_TO_4;
      case FIVE_TO_SIX -> Provision.GRADES_5_TO_6;
      case SEVEN_TO_TEN -> Provision.GRADES_7_TO_10;
    };
  }
}
