package org.laborcalc.severance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.employment.ServiceSegment;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.severance.SeveranceItem;
import org.laborcalc.severance.SeveranceLine;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.WageBasis;

/**
 * 经济补偿, 劳动合同法第四十七条: "经济补偿按劳动者在本单位工作的年限，每满一年支付一个月工资的标准向劳动者支付。六个月以上不满一年的，按一年计算；
 * 不满六个月的，向劳动者支付半个月工资的经济补偿" (¶1), with the cap of ¶2 on the base and the years, for the service from
 * 2008-01-01 ("经济补偿年限自本法施行之日起计算", art. 97 ¶3); the service before it under "当时有关规定" ({@link
 * Pre2008Rule}). Due on the grounds of art. 46 and the later articles that add to it ({@link
 * TerminationGround#compensationDue()}); on any other a line of 0.00 says why.
 */
final class EconomicCompensation {
  private EconomicCompensation() {}

  static List<SeveranceLine> lines(Context x) {
    TerminationGround g = x.c().ground();
    if (!g.compensationDue()) {
      return List.of(
          new SeveranceLine(
              SeveranceItem.ECONOMIC_COMPENSATION,
              false,
              new Note(
                  "“" + g.labelZh() + "”（" + g.article().toChinese() + "）不属于应当支付经济补偿的情形",
                  "\""
                      + g.labelEn()
                      + "\" ("
                      + g.article()
                      + ") is not a ground that gives economic compensation"),
              Formula.given(Money.ZERO),
              List.of(),
              distinct(g.compensationRule(), g.article())));
    }
    if (x.c().publicWelfarePost()) {
      return List.of(
          new SeveranceLine(
              SeveranceItem.ECONOMIC_COMPENSATION,
              false,
              new Note(
                  "公益性岗位的劳动合同不适用支付经济补偿的规定（实施条例第十二条）",
                  "a 公益性岗位 contract is outside the rules on economic compensation"
                      + " (Implementing Regulation art. 12)"),
              Formula.given(Money.ZERO),
              List.of(),
              distinct(g.article(), Law.PUBLIC_WELFARE_POST)));
    }
    WageBasis w = x.wage();
    List<SeveranceLine> out = new ArrayList<>();
    ServiceSegment post = x.service().segment(ServiceSegment.Era.FROM_2008).orElseThrow();
    BigDecimal months = post.statutoryMonths();
    BigDecimal paid = w.aboveCap() ? months.min(w.capYears()) : months;
    Formula f =
        Formula.of(
            Amounts.wage(
                Expr.times(Amounts.months(paid, paid.compareTo(months) < 0)),
                w,
                x.options(),
                w.aboveCap()));
    boolean segmented = x.service().segments().size() > 1;
    List<Citation> cites = new ArrayList<>();
    cites.add(g.compensationRule());
    cites.add(Law.MONTHS_PER_YEAR);
    if (x.c().priorServiceCombined()) {
      cites.add(Law.PRIOR_SERVICE);
    }
    cites.addAll(x.suspensions().citations());
    if (w.aboveCap()) {
      cites.add(Law.CAP);
    }
    cites.add(Law.TWELVE_MONTHS);
    cites.add(Law.WAGE_BASIS);
    if (w.registrationPlaceStandard()) {
      cites.add(Law.PLACE_OF_PERFORMANCE);
    }
    if (segmented) {
      cites.add(Law.BEFORE_2008);
    }
    out.add(
        new SeveranceLine(
            SeveranceItem.ECONOMIC_COMPENSATION,
            true,
            explain(post, months, w, segmented, x),
            f,
            Suspensions.withRules(w.parameters(), x.suspensions()),
            distinct(cites.toArray(Citation[]::new))));
    x.service()
        .segment(ServiceSegment.Era.BEFORE_2008)
        .filter(s -> segmented)
        .ifPresent(pre -> out.add(before2008(x, pre, paid)));
    return out;
  }

  private static Note explain(
      ServiceSegment s, BigDecimal months, WageBasis w, boolean segmented, Context x) {
    String from = segmented ? "2008年1月1日起" : "";
    String fromEn = segmented ? " from 2008-01-01" : "";
    String capZh =
        w.aboveCap()
            ? "；月工资"
                + w.base()
                + "元高于本地区上年度职工月平均工资三倍"
                + w.cap()
                + "元，按三倍数额支付，年限最高不超过"
                + plain(w.capYears())
                + "年"
            : "";
    String capEn =
        w.aboveCap()
            ? "; the wage "
                + w.base()
                + " is above "
                + plain(w.capMultiple())
                + " × the local average ("
                + w.cap()
                + "): paid at that figure for at most "
                + plain(w.capYears())
                + " years"
            : "";
    return new Note(
        from
            + "在本单位工作"
            + s.lengthZh()
            + Suspensions.lengthNoteZh(x.service())
            + "，计"
            + plain(months)
            + "个月工资"
            + capZh,
        "service"
            + fromEn
            + " "
            + s.lengthEn()
            + Suspensions.lengthNoteEn(x.service())
            + ": "
            + plain(months)
            + " months' wages"
            + capEn);
  }

  /** The service before 2008-01-01 (劳动合同法第九十七条第三款). */
  private static SeveranceLine before2008(Context x, ServiceSegment pre, BigDecimal postPaid) {
    TerminationGround g = x.c().ground();
    WageBasis w = x.wage();
    Pre2008Rule rule = Pre2008Rule.of(g);
    SeveranceOptions o = x.options();
    if (rule == Pre2008Rule.NOT_COMPENSABLE) {
      return new SeveranceLine(
          SeveranceItem.ECONOMIC_COMPENSATION_BEFORE_2008,
          false,
          new Note(
              "2008年1月1日前工作" + pre.lengthZh() + "：依当时有关规定（劳部发〔1994〕481号第五条至第九条），该情形不支付经济补偿",
              "service before 2008-01-01 of "
                  + pre.lengthEn()
                  + ": the rules then in force (481号 arts. 5–9) gave nothing on this ground"),
          Formula.given(Money.ZERO),
          List.of(),
          List.of(Law.BEFORE_2008, rule.citation()));
    }
    List<ParameterUse> uses = new ArrayList<>(w.parameters());
    BigDecimal months;
    Note how;
    if (rule == Pre2008Rule.UNSETTLED) {
      months = x.c().pre2008MonthsFound();
      how = new Note("仲裁庭认定", "as the tribunal finds");
    } else {
      months =
          o.pre2008PartialYear() == SeveranceOptions.Pre2008PartialYear.AS_FULL_YEAR
              ? BigDecimal.valueOf(pre.years() + (pre.hasPartYear() ? 1 : 0))
              : pre.statutoryMonths();
      how = new Note("每满一年一个月，不满一年的按一年", "a month a year, a part year as a year");
      if (o.pre2008PartialYear() == SeveranceOptions.Pre2008PartialYear.SIX_MONTH_RULE) {
        how = new Note("按六个月规则折算", "by the six-month rule");
      }
      if (rule.capped()) {
        ResolvedParameter<BigDecimal> cap = x.figures().pre2008Cap();
        uses.add(Figures.use(cap));
        months = months.min(cap.value());
      }
    }
    boolean cappedBase = w.aboveCap() && o.pre2008() != SeveranceOptions.Pre2008.OLD_RULES_UNCAPPED;
    if (w.aboveCap() && o.pre2008() == SeveranceOptions.Pre2008.TWELVE_YEAR_CAP_ACROSS_SEGMENTS) {
      months = months.min(w.capYears().subtract(postPaid).max(BigDecimal.ZERO));
    }
    Expr.Chain factors = Expr.times(Expr.number(months).as(how));
    Expr.Chain e = Amounts.wage(factors, w, o, cappedBase);
    return new SeveranceLine(
        SeveranceItem.ECONOMIC_COMPENSATION_BEFORE_2008,
        true,
        new Note(
            "2008年1月1日前工作"
                + pre.lengthZh()
                + "，依当时有关规定（劳部发〔1994〕481号，二手资料）计"
                + plain(months)
                + "个月工资",
            "service before 2008-01-01 of "
                + pre.lengthEn()
                + ": "
                + plain(months)
                + " months under the rules then in force (481号, secondary)"),
        Formula.of(e),
        uses,
        distinct(Law.BEFORE_2008, rule.citation()));
  }

  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  static List<Citation> distinct(Citation... cs) {
    List<Citation> out = new ArrayList<>();
    for (Citation c : cs) {
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }
}
