package org.laborcalc.injury.internal;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.rules.ReferenceAverage;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;

/**
 * The average monthly wage of a year that a provincial rule names in place of the national
 * 统筹地区上年度职工月平均工资 ({@link ReferenceAverage}): looked up, compared where the rule says so, and named,
 * so that the formula shows which average was taken and why. Stateless.
 */
public final class ReferenceAverages {
  private ReferenceAverages() {}

  /**
   * The average taken.
   *
   * @param value the amount
   * @param nameZh what it is, e.g. {@code 广州市2022年度职工月平均工资（高于全省 7,000.00）}
   * @param nameEn the same in English
   * @param uses the figures looked up (both, where two were compared)
   * @param citations the articles of the choice that applied (the city's rule where it was taken)
   */
  public record Average(
      Money value,
      String nameZh,
      String nameEn,
      List<ParameterUse> uses,
      List<Citation> citations) {
    public Average {
      uses = List.copyOf(uses);
      citations = List.copyOf(citations);
    }

    /** The average as a figure of a formula, named. */
    public Expr.Figure figure() {
      return Expr.money(value).as(new Note(nameZh, nameEn));
    }
  }

  /**
   * The average of {@code year} that {@code rule} names for a case in {@code region}: the 统筹地区's,
   * or the province's, replaced by the city's where the rule says so and the city's is higher (both
   * looked up together, so that both are listed when missing).
   *
   * @throws InvalidInputException when the rule compares with the city and the case names no city
   */
  public static Average of(Figures figures, Region region, int year, ReferenceAverage rule) {
    if (rule.of() == ReferenceAverage.Of.POOLING_AREA) {
      ResolvedParameter<Money> p =
          figures.yearFigure(WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, region, year);
      return new Average(
          p.value(),
          "统筹地区" + year + "年度职工月平均工资",
          "pooling-area average monthly wage of " + year,
          List.of(ParameterUse.of(p, p.value().toString())),
          List.of());
    }
    Region province = Regions.bundled().province(region).orElse(region);
    // 用人单位所在地地级以上市: for a county, the city it lies in
    Region cityRegion = Regions.bundled().prefecture(region).orElse(region);
    if (rule.cityWhereHigher() != null && cityRegion.level() != Region.Level.PREFECTURE) {
      throw InvalidInputException.of(
          "region",
          "CITY_REQUIRED",
          "本省规定以用人单位所在地地级以上市职工月平均工资高于全省的为准（"
              + rule.cityWhereHigher().citation().toChinese()
              + "），须以地级市区划代码给出统筹地区，而非“"
              + region.fullName()
              + "”",
          "the provincial rule takes the average of the employer's city where it is higher than"
              + " the province's ("
              + rule.cityWhereHigher().citation()
              + "): give the region as the city's code, not "
              + region.code());
    }
    Figures.Batch batch = new Figures.Batch();
    ResolvedParameter<Money> prov =
        batch.get(
            () ->
                figures.yearFigure(WorkInjuryKeys.PROVINCIAL_AVERAGE_MONTHLY_WAGE, province, year));
    ResolvedParameter<Money> city =
        rule.cityWhereHigher() == null
            ? null
            : batch.get(
                () ->
                    figures.cityYearFigure(
                        WorkInjuryKeys.REGIONAL_AVERAGE_MONTHLY_WAGE, cityRegion, year));
    batch.check();
    List<ParameterUse> uses = new ArrayList<>(2);
    uses.add(ParameterUse.of(prov, prov.value().toString()));
    String provZh = "全省" + year + "年度职工月平均工资";
    String provEn = "province-wide average monthly wage of " + year;
    if (city == null) {
      return new Average(prov.value(), provZh, provEn, uses, List.of());
    }
    uses.add(ParameterUse.of(city, city.value().toString()));
    String cityZh = cityRegion.name() + year + "年度职工月平均工资";
    String cityEn = cityRegion.code() + " city average monthly wage of " + year;
    if (city.value().isGreaterThan(prov.value())) {
      return new Average(
          city.value(),
          cityZh + "，高于全省 " + prov.value().toGroupedString(),
          cityEn + ", above the province's " + prov.value().toGroupedString(),
          uses,
          List.of(rule.cityWhereHigher().citation()));
    }
    return new Average(
        prov.value(),
        provZh + "，" + cityRegion.name() + " " + city.value().toGroupedString() + " 不高于全省",
        provEn + "; the city's " + city.value().toGroupedString() + " is not higher",
        uses,
        List.of());
  }
}
