package org.laborcalc.injury.rules;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.laborcalc.money.Money;

/**
 * A province's rule for 一次性工伤医疗补助金 and 一次性伤残就业补助金 on the termination of the labour relation of a
 * worker of grade 5 to 10 (《工伤保险条例》 arts. 36–37 delegate the standards to the provinces). Read from
 * the STRUCTURED parameter {@code injury.terminationSubsidies}; format in {@code
 * docs/PARAMETERS.md}. Immutable.
 *
 * @param base what the months multiply
 * @param medicalMonths months of the base per grade "5".."10", or null where not confirmed or where
 *     the base is a fixed amount
 * @param employmentMonths the same for the employment subsidy
 * @param medicalAmounts yuan per grade when the base is {@link Base#FIXED_AMOUNT}
 * @param employmentAmounts the same for the employment subsidy
 * @param ownWageRaisedToPreTerminationAverage Guangdong art. 33: an own-wage base is raised to the
 *     12-month average contribution wage before termination when that is higher
 * @param occupationalDiseaseMedicalUpliftPercent percent added to the medical subsidy for an
 *     occupational disease, or null when the text has none
 * @param nearRetirement the reduction near retirement, or null when the text has none
 * @param atOrAfterRetirement whether each subsidy is payable at or after the retirement date
 * @param multipleInjuriesHighestGrade true where the text pays both once at the highest grade
 * @param preTerminationAverageBounds the bounds the 12-month average contribution wage before the
 *     termination is itself held to where it raises the base (Guangdong art. 33: 60–300% of the 全省
 *     average, or the city's where higher under art. 64 ¶2), or null where the text sets none
 * @param articles the provincial article of each part of the rule, so that a line cites only the
 *     parts it applied; null where the rule cites its entry's citations on every line
 * @param nearRetirementUnconfirmed true where the province has a near-retirement rule that no text
 *     we hold confirms (legal digest [U], Shandong 2011): the employment subsidy of a worker less
 *     than five years from retirement is then computed in full with a warning on the line, never
 *     silently
 */
public record TerminationSubsidyRule(
    @JsonProperty(required = true) Base base,
    Map<String, BigDecimal> medicalMonths,
    Map<String, BigDecimal> employmentMonths,
    Map<String, Money> medicalAmounts,
    Map<String, Money> employmentAmounts,
    Boolean ownWageRaisedToPreTerminationAverage,
    BigDecimal occupationalDiseaseMedicalUpliftPercent,
    NearRetirement nearRetirement,
    AtRetirement atOrAfterRetirement,
    Boolean multipleInjuriesHighestGrade,
    PreTerminationBounds preTerminationAverageBounds,
    List<PartArticle> articles,
    Boolean nearRetirementUnconfirmed) {

  /** Grades the termination subsidies exist for. */
  public static final Set<String> GRADES = Set.of("5", "6", "7", "8", "9", "10");

  /** What the months multiply. */
  public enum Base {
    /** 统筹地区上年度职工月平均工资. */
    REGIONAL_AVERAGE_MONTHLY_WAGE,
    /** 全省上年度职工月平均工资. */
    PROVINCIAL_AVERAGE_MONTHLY_WAGE,
    /** 本人工资. */
    OWN_WAGE,
    /** Yuan amounts per grade. */
    FIXED_AMOUNT
  }

  /** The two subsidies. */
  public enum Subsidy {
    MEDICAL,
    EMPLOYMENT
  }

  /** How "years to retirement" are counted. */
  public enum Counting {
    /** Time left from the termination date to the retirement date (距法定退休年龄不足N年). */
    REMAINING_TIME,
    /**
     * Retirement age minus the worker's age in completed years on the termination date (每增加一周岁).
     */
    AGE_IN_COMPLETED_YEARS
  }

  /** Payability at or after the retirement date. */
  public enum Payability {
    PAYABLE,
    NOT_PAYABLE,
    UNSPECIFIED
  }

  /**
   * The near-retirement reduction.
   *
   * @param appliesTo which subsidies it reduces
   * @param counting how the years are counted
   * @param windowYears where the text first requires that fewer than this many years remain to the
   *     retirement date before any step applies (Zhejiang "离法定退休年龄不足五年的"), or null
   * @param schedule percent paid when the years counted are less than a threshold; the smallest
   *     matching threshold wins; none matching = 100%
   * @param exceptLabourContractLawArticle38 true where terminations under 劳动合同法 art. 38 are exempt
   */
  public record NearRetirement(
      @JsonProperty(required = true) Set<Subsidy> appliesTo,
      @JsonProperty(required = true) Counting counting,
      BigDecimal windowYears,
      @JsonProperty(required = true) List<Step> schedule,
      Boolean exceptLabourContractLawArticle38) {
    public NearRetirement {
      // Absent means the text has no such exception.
      exceptLabourContractLawArticle38 = Boolean.TRUE.equals(exceptLabourContractLawArticle38);
      requireNonNull(appliesTo, "appliesTo");
      requireNonNull(counting, "counting");
      requireNonNull(schedule, "schedule");
      if (windowYears != null
          && (windowYears.signum() <= 0 || windowYears.stripTrailingZeros().scale() > 0)) {
        throw new IllegalArgumentException(
            "nearRetirement windowYears ("
                + windowYears
                + ") must be a whole number of years above 0");
      }
      if (appliesTo.isEmpty() || schedule.isEmpty()) {
        throw new IllegalArgumentException(
            "nearRetirement appliesTo and schedule must not be empty");
      }
      appliesTo = Set.copyOf(appliesTo);
      schedule = schedule.stream().sorted(Comparator.comparing(Step::yearsLessThan)).toList();
      for (int i = 1; i < schedule.size(); i++) {
        if (schedule.get(i).yearsLessThan().compareTo(schedule.get(i - 1).yearsLessThan()) == 0) {
          throw new IllegalArgumentException(
              "nearRetirement schedule threshold ("
                  + schedule.get(i).yearsLessThan()
                  + ") is listed twice");
        }
        if (schedule.get(i).percent().compareTo(schedule.get(i - 1).percent()) < 0) {
          throw new IllegalArgumentException(
              "nearRetirement schedule percent must not fall as the years to retirement grow");
        }
      }
    }

    /** The step that applies to {@code years} counted, if any (the smallest threshold above). */
    public Optional<Step> stepFor(BigDecimal years) {
      return schedule.stream().filter(s -> years.compareTo(s.yearsLessThan()) < 0).findFirst();
    }
  }

  /**
   * One step of the near-retirement schedule.
   *
   * @param yearsLessThan applies when the years counted are less than this
   * @param percent the percent of the subsidy paid
   */
  public record Step(
      @JsonProperty(required = true) BigDecimal yearsLessThan,
      @JsonProperty(required = true) BigDecimal percent) {
    public Step {
      requireNonNull(yearsLessThan, "yearsLessThan");
      requireNonNull(percent, "percent");
      if (yearsLessThan.signum() <= 0
          || yearsLessThan.compareTo(BigDecimal.TEN) > 0
          || yearsLessThan.stripTrailingZeros().scale() > 0) {
        throw new IllegalArgumentException(
            "yearsLessThan (" + yearsLessThan + ") must be a whole number from 1 to 10");
      }
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("percent (" + percent + ") must be between 0 and 100");
      }
    }
  }

  /**
   * Payability of each subsidy at or after the retirement date.
   *
   * @param medical the medical subsidy
   * @param employment the employment subsidy
   */
  public record AtRetirement(Payability medical, Payability employment) {
    public AtRetirement {
      medical = medical == null ? Payability.UNSPECIFIED : medical;
      employment = employment == null ? Payability.UNSPECIFIED : employment;
    }

    public Payability of(Subsidy subsidy) {
      return subsidy == Subsidy.MEDICAL ? medical : employment;
    }
  }

  /** A rule without bounds on the pre-termination average and without per-part articles. */
  public TerminationSubsidyRule(
      Base base,
      Map<String, BigDecimal> medicalMonths,
      Map<String, BigDecimal> employmentMonths,
      Map<String, Money> medicalAmounts,
      Map<String, Money> employmentAmounts,
      Boolean ownWageRaisedToPreTerminationAverage,
      BigDecimal occupationalDiseaseMedicalUpliftPercent,
      NearRetirement nearRetirement,
      AtRetirement atOrAfterRetirement,
      Boolean multipleInjuriesHighestGrade) {
    this(
        base,
        medicalMonths,
        employmentMonths,
        medicalAmounts,
        employmentAmounts,
        ownWageRaisedToPreTerminationAverage,
        occupationalDiseaseMedicalUpliftPercent,
        nearRetirement,
        atOrAfterRetirement,
        multipleInjuriesHighestGrade,
        null,
        null,
        null);
  }

  /** A rule whose near-retirement reduction, if any, is the one it states. */
  public TerminationSubsidyRule(
      Base base,
      Map<String, BigDecimal> medicalMonths,
      Map<String, BigDecimal> employmentMonths,
      Map<String, Money> medicalAmounts,
      Map<String, Money> employmentAmounts,
      Boolean ownWageRaisedToPreTerminationAverage,
      BigDecimal occupationalDiseaseMedicalUpliftPercent,
      NearRetirement nearRetirement,
      AtRetirement atOrAfterRetirement,
      Boolean multipleInjuriesHighestGrade,
      PreTerminationBounds preTerminationAverageBounds,
      List<PartArticle> articles) {
    this(
        base,
        medicalMonths,
        employmentMonths,
        medicalAmounts,
        employmentAmounts,
        ownWageRaisedToPreTerminationAverage,
        occupationalDiseaseMedicalUpliftPercent,
        nearRetirement,
        atOrAfterRetirement,
        multipleInjuriesHighestGrade,
        preTerminationAverageBounds,
        articles,
        null);
  }

  /**
   * The bounds of the pre-termination average (Guangdong art. 33: “本人平均月缴费工资高于全省上年度职工月平均工资百分之三百的，
   * 按照全省上年度职工月平均工资的百分之三百计算；低于全省上年度职工月平均工资百分之六十的，按照全省上年度职工月平均工资的百分之六十计算”).
   *
   * @param floorPercent the floor, percent of the average
   * @param capPercent the cap, percent of the average
   * @param average the average of the year before the termination the percentages are of
   */
  public record PreTerminationBounds(
      @JsonProperty(required = true) BigDecimal floorPercent,
      @JsonProperty(required = true) BigDecimal capPercent,
      @JsonProperty(required = true) ReferenceAverage average) {
    public PreTerminationBounds {
      if (floorPercent == null
          || capPercent == null
          || floorPercent.signum() <= 0
          || capPercent.compareTo(floorPercent) <= 0
          || capPercent.compareTo(BigDecimal.valueOf(1000)) > 0) {
        throw new IllegalArgumentException(
            "preTerminationAverageBounds (floor "
                + floorPercent
                + ", cap "
                + capPercent
                + ") must satisfy 0 < floor < cap <= 1000");
      }
      requireNonNull(average, "average");
    }
  }

  /** The parts of a rule a line may rest on. */
  public enum Part {
    /** The months (or amounts) of the medical subsidy for the grades listed. */
    MEDICAL,
    /** The months (or amounts) of the employment subsidy for the grades listed. */
    EMPLOYMENT,
    /** The own-wage base raised to the pre-termination average (and its bounds), where it was. */
    PRE_TERMINATION_AVERAGE
  }

  /**
   * The articles of one part of the rule.
   *
   * @param part the part
   * @param grades for {@link Part#MEDICAL} and {@link Part#EMPLOYMENT}, the grades "5".."10" the
   *     articles set; absent for the other parts
   * @param cite the articles, at least one
   */
  public record PartArticle(
      @JsonProperty(required = true) Part part,
      Set<String> grades,
      @JsonProperty(required = true) List<ArticleRef> cite) {
    public PartArticle {
      requireNonNull(part, "part");
      boolean graded = part == Part.MEDICAL || part == Part.EMPLOYMENT;
      if (graded && (grades == null || grades.isEmpty() || !GRADES.containsAll(grades))) {
        throw new IllegalArgumentException(
            "articles of " + part + " must name grades from 5 to 10, not " + grades);
      }
      if (!graded && grades != null) {
        throw new IllegalArgumentException("articles of " + part + " take no grades");
      }
      grades = grades == null ? Set.of() : Set.copyOf(grades);
      if (cite == null || cite.isEmpty()) {
        throw new IllegalArgumentException("articles of " + part + " must cite at least one");
      }
      cite = List.copyOf(cite);
    }
  }

  public TerminationSubsidyRule {
    requireNonNull(base, "base");
    nearRetirementUnconfirmed = Boolean.TRUE.equals(nearRetirementUnconfirmed);
    if (nearRetirementUnconfirmed && nearRetirement != null) {
      throw new IllegalArgumentException(
          "nearRetirementUnconfirmed must not be set beside a nearRetirement schedule");
    }
    // Absent means the text does not raise the base.
    ownWageRaisedToPreTerminationAverage =
        Boolean.TRUE.equals(ownWageRaisedToPreTerminationAverage);
    boolean fixed = base == Base.FIXED_AMOUNT;
    if (fixed && (medicalMonths != null || employmentMonths != null)) {
      throw new IllegalArgumentException("a FIXED_AMOUNT rule takes amounts, not months");
    }
    if (!fixed && (medicalAmounts != null || employmentAmounts != null)) {
      throw new IllegalArgumentException("a rule with base " + base + " takes months, not amounts");
    }
    medicalMonths = grades(medicalMonths, "medicalMonths");
    employmentMonths = grades(employmentMonths, "employmentMonths");
    medicalAmounts = grades(medicalAmounts, "medicalAmounts");
    employmentAmounts = grades(employmentAmounts, "employmentAmounts");
    if (medicalMonths == null
        && employmentMonths == null
        && medicalAmounts == null
        && employmentAmounts == null) {
      throw new IllegalArgumentException("a rule must give at least one table");
    }
    if (ownWageRaisedToPreTerminationAverage && base != Base.OWN_WAGE) {
      throw new IllegalArgumentException(
          "ownWageRaisedToPreTerminationAverage needs base OWN_WAGE, not " + base);
    }
    if (occupationalDiseaseMedicalUpliftPercent != null
        && (occupationalDiseaseMedicalUpliftPercent.signum() < 0
            || occupationalDiseaseMedicalUpliftPercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new IllegalArgumentException(
          "occupationalDiseaseMedicalUpliftPercent ("
              + occupationalDiseaseMedicalUpliftPercent
              + ") must be between 0 and 100");
    }
    atOrAfterRetirement =
        atOrAfterRetirement == null
            ? new AtRetirement(Payability.UNSPECIFIED, Payability.UNSPECIFIED)
            : atOrAfterRetirement;
    if (preTerminationAverageBounds != null && !ownWageRaisedToPreTerminationAverage) {
      throw new IllegalArgumentException(
          "preTerminationAverageBounds needs ownWageRaisedToPreTerminationAverage");
    }
    articles = articles == null ? null : List.copyOf(articles);
  }

  /**
   * The articles a line of {@code subsidy} for {@code grade} rests on, the pre-termination average
   * among them when {@code raised}; empty when the rule gives no per-part articles.
   */
  public Optional<List<ArticleRef>> articlesFor(Subsidy subsidy, int grade, boolean raised) {
    if (articles == null) {
      return Optional.empty();
    }
    Part part = subsidy == Subsidy.MEDICAL ? Part.MEDICAL : Part.EMPLOYMENT;
    String g = Integer.toString(grade);
    List<ArticleRef> out = new ArrayList<>();
    for (PartArticle a : articles) {
      if ((a.part() == part && a.grades().contains(g))
          || (raised && a.part() == Part.PRE_TERMINATION_AVERAGE)) {
        out.addAll(a.cite());
      }
    }
    return Optional.of(List.copyOf(out));
  }

  /** Months of the base for a subsidy and grade, if the rule gives them. */
  public Optional<BigDecimal> months(Subsidy subsidy, int grade) {
    Map<String, BigDecimal> t = subsidy == Subsidy.MEDICAL ? medicalMonths : employmentMonths;
    return t == null ? Optional.empty() : Optional.of(t.get(Integer.toString(grade)));
  }

  /** Yuan for a subsidy and grade under a fixed-amount rule, if the rule gives them. */
  public Optional<Money> amount(Subsidy subsidy, int grade) {
    Map<String, Money> t = subsidy == Subsidy.MEDICAL ? medicalAmounts : employmentAmounts;
    return t == null ? Optional.empty() : Optional.of(t.get(Integer.toString(grade)));
  }

  private static <V extends Comparable<? super V>> Map<String, V> grades(
      Map<String, V> table, String name) {
    if (table == null) {
      return null;
    }
    if (!table.keySet().equals(GRADES)) {
      throw new IllegalArgumentException(
          name + " (" + new TreeMap<>(table).keySet() + ") must give exactly grades 5 to 10");
    }
    for (Map.Entry<String, V> e : table.entrySet()) {
      V v = requireNonNull(e.getValue(), name + "." + e.getKey());
      boolean negative =
          v instanceof BigDecimal d ? d.signum() < 0 : v instanceof Money m && m.isNegative();
      if (negative) {
        throw new IllegalArgumentException(
            name + "." + e.getKey() + " (" + v + ") must not be negative");
      }
    }
    return Map.copyOf(table);
  }
}
