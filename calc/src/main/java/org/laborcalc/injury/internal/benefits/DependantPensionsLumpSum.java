package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.benefits.UninsuredLumpSums.distinct;
import static org.laborcalc.injury.internal.benefits.UninsuredLumpSums.refused;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.UninsuredLumpSumRule.DependantPensions;
import org.laborcalc.injury.rules.UninsuredLumpSumRule.DependantPensions.Standard;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.result.Step;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/**
 * The dependants' pensions of an uninsured employer paid in one sum, where the province offers it
 * (parameter {@code injury.uninsuredLumpSum.dependantPensions}). Zhejiang art. 35 ¶2:
 * “以初次核定的供养亲属抚恤金为基数，按照下列期限核发：供养亲属未满十八周岁的，计算到十八周岁；供养亲属无劳动能力又无其他生活来源的按照二十周年计算，但超过六十周岁的，
 * 年龄每增加一周岁减少一年，七十五周岁以上的按照五年计算” — each dependant's first monthly pension (after the cap) times that
 * period; ages in completed years on the day of the death; the period to 18 counted from the death
 * (a child born later: from the birth), whole months and the part month as a fraction of its
 * calendar month. Sichuan art. 36 ¶2 leaves the standard to the provincial government: the agreed
 * amount is an input of the case. Not chosen: a notice gives the alternative.
 */
final class DependantPensionsLumpSum {
  private DependantPensionsLumpSum() {}

  /**
   * The pension drafts the case has: {@code monthly} (one per dependant, in the order of {@code
   * dependants}), or in their place the lump sum when the case chose it.
   */
  static List<Draft> of(CaseContext ctx, List<Dependant> dependants, List<Draft> monthly) {
    WorkInjuryCase c = ctx.facts();
    boolean chosen = c.lumpSum() != null;
    boolean uninsured = c.insurance().status() == InsuranceStatus.UNINSURED;
    if (chosen && !uninsured) {
      throw refused(
          "lumpSum",
          "一次性支付供养亲属抚恤金仅适用于未参加工伤保险的用人单位（浙江省条例第三十五条、四川省条例第三十六条第二款）",
          "the dependants' lump sum is for an uninsured employer only (Zhejiang art. 35, Sichuan"
              + " art. 36 ¶2)");
    }
    if (!uninsured) {
      return monthly;
    }
    LocalDate injury = c.injury().date();
    Optional<ResolvedParameter<DependantPensions>> found =
        ctx.figures().find(WorkInjuryKeys.UNINSURED_DEPENDANT_LUMP_SUM, ctx.region(), injury);
    if (found.isEmpty()) {
      if (chosen) {
        throw refused(
            "lumpSum",
            ctx.region().fullName() + "的规定（受伤日 " + injury + "）未规定未参保单位一次性支付供养亲属抚恤金",
            "the rules of "
                + ctx.region().fullName()
                + " on the injury date ("
                + injury
                + ") offer no lump sum of the dependants' pensions");
      }
      return monthly;
    }
    ResolvedParameter<DependantPensions> rule = found.get();
    List<Citation> cites = distinct(rule.citations());
    String cited = String.join("、", cites.stream().map(Citation::toChinese).toList());
    boolean periods = rule.value().standard() == Standard.PERIODS;
    if (periods && dependants.stream().anyMatch(d -> d.pensionEndInclusive() != null)) {
      // The periods run from the death to an age or a number of years; how they apply to a
      // dependant whose pension has already ended the province's text does not say.
      if (chosen) {
        throw refused(
            "lumpSum",
            "有供养亲属的抚恤金已停发（pensionEndInclusive）："
                + cited
                + "按期限计发一次性供养亲属抚恤金，未规定抚恤金已停发的亲属如何计算，本计算不予计算",
            "a dependant's pension has ended (pensionEndInclusive): "
                + cited
                + " computes the lump sum by periods and does not say how for a dependant whose"
                + " pension has ended, so it is not computed");
      }
      return monthly;
    }
    if (!chosen) {
      offer(ctx, rule.value(), dependants, monthly, cited);
      return monthly;
    }
    if (rule.value().byAgreement() && !c.lumpSum().agreedWithEmployer()) {
      throw refused(
          "lumpSum.agreedWithEmployer",
          "本省规定一次性支付供养亲属抚恤金须经供养亲属或者其法定代理人与用人单位协商一致",
          "the province's rule requires the dependants (or their legal representative) and the"
              + " employer to agree the lump sum");
    }
    Money amount = c.lumpSum().amount();
    if (periods && amount != null) {
      throw refused(
          "lumpSum.amount",
          "本省规定已确定一次性支付供养亲属抚恤金的计发标准，不应另行填写金额",
          "the province's rule fixes the amount of the lump sum: give no amount");
    }
    LocalDate death = c.death().date();
    List<ParameterUse> used = List.of(ParameterUse.of(rule, rule.value().standard().name()));
    if (!periods) {
      if (amount == null) {
        throw InvalidInputException.of(
            "lumpSum.amount",
            "REQUIRED",
            cited + "规定一次性支付供养亲属抚恤金的具体标准由省人民政府规定，本项目未收录该标准：须填写协商一致的金额",
            "the province's text ("
                + cited
                + ") leaves the standard of the lump sum to the"
                + " provincial government, which the project does not hold: give the agreed"
                + " amount");
      }
      ctx.warn(
          NoticeCode.LUMP_SUM_OFFERED,
          "一次性支付供养亲属抚恤金的具体标准由省人民政府规定（" + cited + "），本项目未收录该标准，金额按案件填写的协商一致数额，未经计算核对",
          "the standard of the dependants' lump sum is left to the provincial government ("
              + cited
              + "), which the project does not hold: the amount is the agreed one the case gives,"
              + " not computed");
      return List.of(
          Draft.oneTime(
              BenefitItem.DEPENDANT_PENSION_LUMP_SUM,
              amount,
              Party.EMPLOYER,
              death,
              Formula.given(amount),
              "未参加工伤保险的因工死亡职工，供养亲属与用人单位协商一致，由用人单位一次性支付供养亲属抚恤金；具体标准由省人民政府规定，金额为案件所列的协商数额",
              used,
              cites,
              null));
    }
    List<Draft> out = new ArrayList<>(dependants.size());
    for (int i = 0; i < dependants.size(); i++) {
      Dependant d = dependants.get(i);
      Money pension = monthly.get(i).monthlyAmount();
      Period period = period(ctx, rule.value(), d);
      Formula formula = formula(pension, period, death, d);
      out.add(
          Draft.oneTime(
              BenefitItem.DEPENDANT_PENSION_LUMP_SUM,
              formula.result(),
              Party.EMPLOYER,
              death,
              formula,
              d.name()
                  + "：未参加工伤保险的因工死亡职工，供养亲属抚恤金由用人单位一次性支付，以初次核定的供养亲属抚恤金（每月 "
                  + g(pension)
                  + "）为基数，"
                  + periodZh(rule.value(), period),
              used,
              cites,
              d.name()));
    }
    return out;
  }

  /**
   * The period a dependant is paid for: to the age {@code minorsUntilAge} (as an end date), or a
   * number of years.
   */
  record Period(int ageAtDeath, LocalDate minorUntil, int years) {}

  private static Period period(CaseContext ctx, DependantPensions rule, Dependant d) {
    LocalDate birth = d.birthDate();
    if (birth == null) {
      int index = ctx.facts().death().dependants().indexOf(d);
      throw InvalidInputException.of(
          "death.dependants[" + index + "].birthDate",
          "REQUIRED",
          "一次性支付供养亲属抚恤金按供养亲属的年龄确定期限，须提供出生日期",
          "the period of the dependants' lump sum depends on the dependant's age: a birth date is"
              + " required");
    }
    LocalDate death = ctx.facts().death().date();
    int age = birth.isAfter(death) ? 0 : java.time.Period.between(birth, death).getYears();
    if (age < rule.minorsUntilAge()) {
      return new Period(age, birth.plusYears(rule.minorsUntilAge()), 0);
    }
    return new Period(age, null, rule.yearsAt(age));
  }

  private static Formula formula(Money pension, Period p, LocalDate death, Dependant d) {
    if (p.minorUntil() == null) {
      return Formula.of(Expr.times(Expr.money(pension), Expr.number(12), Expr.number(p.years())));
    }
    LocalDate from = d.birthDate().isAfter(death) ? d.birthDate() : death;
    MonthsAndDays md =
        MonthsAndDays.between(from, p.minorUntil(), MonthEndPolicy.CLAMP_TO_MONTH_END);
    LocalDate partStart = MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(from, md.months());
    List<Expr> terms = new ArrayList<>(2);
    terms.add(Expr.times(Expr.money(pension), Expr.number(md.months())));
    if (md.days() > 0) {
      terms.add(
          Expr.times(Expr.money(pension), Expr.number(md.days()))
              .dividedBy(Expr.number(YearMonth.from(partStart).lengthOfMonth())));
    }
    return Formula.of(
        Step.compute(terms.size() == 1 ? terms.get(0) : Expr.sum(terms))
            .labelled(
                new Note(
                    from + " 至 " + p.minorUntil() + "（不含）共" + md.toChinese() + "：",
                    "from " + from + " to " + p.minorUntil() + " (exclusive), " + md + ": ")));
  }

  private static String periodZh(DependantPensions rule, Period p) {
    if (p.minorUntil() != null) {
      return "未满"
          + rule.minorsUntilAge()
          + "周岁，计算到"
          + rule.minorsUntilAge()
          + "周岁（"
          + p.minorUntil()
          + "）";
    }
    return "死亡时"
        + p.ageAtDeath()
        + "周岁，按"
        + p.years()
        + "年计算（"
        + rule.years()
        + "年，超过"
        + rule.reducedAfterAge()
        + "周岁的每增加一周岁减少一年，最少"
        + rule.minimumYears()
        + "年）";
  }

  /** The alternative the case did not choose, with its amount where the birth dates allow. */
  private static void offer(
      CaseContext ctx,
      DependantPensions rule,
      List<Dependant> dependants,
      List<Draft> monthly,
      String cited) {
    String zh;
    String en;
    boolean agreement = rule.byAgreement();
    if (rule.standard() == Standard.DELEGATED) {
      zh = "，具体标准由省人民政府规定，本项目未收录，无法计算金额";
      en = "; its standard is left to the provincial government, which the project does not hold";
    } else if (dependants.stream().anyMatch(d -> d.birthDate() == null)) {
      zh = "；须提供各供养亲属的出生日期方可计算金额";
      en = "; its amount needs every dependant's birth date";
    } else {
      Money total = Money.ZERO;
      LocalDate death = ctx.facts().death().date();
      for (int i = 0; i < dependants.size(); i++) {
        Dependant d = dependants.get(i);
        total =
            total.plus(
                formula(monthly.get(i).monthlyAmount(), period(ctx, rule, d), death, d).result());
      }
      zh = "，合计 " + g(total) + " 元";
      en = ", " + g(total) + " in all";
    }
    ctx.warn(
        NoticeCode.LUMP_SUM_OFFERED,
        "未参加工伤保险的因工死亡职工，其供养亲属抚恤金"
            + (agreement ? "经协商一致" : "")
            + "可由用人单位一次性支付（"
            + cited
            + "）"
            + zh
            + "；本案未选择，按月计算",
        "an uninsured employer may"
            + (agreement ? ", by agreement," : "")
            + " pay the dependants' pensions as a lump sum ("
            + cited
            + ")"
            + en
            + "; not chosen in the case, computed monthly");
  }
}
