package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.time.DateRange;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/**
 * 停工留薪期 wages, art. 33 (2003 art. 31): “在停工留薪期内，原工资福利待遇不变，由所在单位按月支付。停工留薪期一般不超过12个月。
 * 伤情严重或者情况特殊，经设区的市级劳动能力鉴定委员会确认，可以适当延长，但延长不得超过12个月。”
 *
 * <p>Needs the suspension period, 原工资福利待遇 and the two maxima (parameters). A part month is paid by
 * the named option {@link CalculationOptions.SuspensionDays}. A period given as the months
 * certified (4.5个月) is paid as those months × 原工资福利待遇, rounded half-up to the fen once.
 */
public final class SuspensionWages implements BenefitRule {
  @Override
  public List<Draft> apply(CaseContext ctx) {
    Suspension s = ctx.facts().suspension();
    if (s == null) {
      return List.of();
    }
    Regime regime = ctx.regime(s.start());
    int article = regime.articleOf(Provision.SUSPENSION);
    LocalDate last = s.lastDay();
    MonthsAndDays length =
        s.certifiedMonths() != null
            ? null
            : DateRange.ofClosed(s.start(), last).length(MonthEndPolicy.CLAMP_TO_MONTH_END);
    String lengthZh = length != null ? length.toChinese() : plain(s.certifiedMonths()) + "个月（经确认）";
    String lengthEn =
        length != null ? length.toString() : plain(s.certifiedMonths()) + " months (certified)";
    ResolvedParameter<BigDecimal> normal =
        ctx.figures()
            .use(
                WorkInjuryKeys.SUSPENSION_NORMAL_MAX_MONTHS,
                ctx.region(),
                ctx.regimeDate(s.start()));
    ResolvedParameter<BigDecimal> extension =
        ctx.figures()
            .use(
                WorkInjuryKeys.SUSPENSION_EXTENSION_MAX_MONTHS,
                ctx.region(),
                ctx.regimeDate(s.start()));
    int normalMax = normal.value().intValueExact();
    int hardMax = normalMax + extension.value().intValueExact();
    if (beyond(s, length, hardMax)) {
      // Where a province sets its own maximum (Guangdong art. 25 ¶1), its article is the one
      // broken.
      boolean provincial = !normal.entry().region().isNational();
      Citation source = normal.citations().get(0);
      throw InvalidInputException.of(
          s.certifiedMonths() != null ? "suspension.certifiedMonths" : "suspension.endInclusive",
          "OUT_OF_RANGE",
          "停工留薪期（"
              + lengthZh
              + "）超过"
              + hardMax
              + "个月的上限（"
              + (provincial ? source.toChinese() : "《工伤保险条例》第" + article + "条第二款")
              + "）",
          "the paid suspension period ("
              + lengthEn
              + ") exceeds the maximum of "
              + hardMax
              + " months ("
              + (provincial ? source.toString() : "art. " + article + " ¶2")
              + ")");
    }
    if (beyond(s, length, normalMax) && !s.extensionConfirmed()) {
      ctx.warn(
          NoticeCode.SUSPENSION_OVER_NORMAL_MAXIMUM,
          "停工留薪期（"
              + lengthZh
              + "）超过"
              + normalMax
              + "个月，但未载明经设区的市级劳动能力鉴定委员会确认延长（第"
              + article
              + "条第二款）",
          "the paid suspension period ("
              + lengthEn
              + ") exceeds "
              + normalMax
              + " months without a confirmed extension (art. "
              + article
              + " ¶2)");
    }
    if (ctx.facts().appraisal() != null && last.isAfter(ctx.facts().appraisal().date())) {
      ctx.warn(
          NoticeCode.SUSPENSION_AFTER_APPRAISAL,
          "停工留薪期结束日晚于伤残等级评定日；评定伤残等级后停发原待遇（第" + article + "条第二款）",
          "the paid suspension period ends after the disability appraisal; the original pay stops"
              + " when the grade is assessed (art. "
              + article
              + " ¶2)");
    }
    Money monthly = ctx.originalWage();
    if (s.certifiedMonths() != null) {
      // The months as certified are the period the award pays; no dates to count.
      Formula formula =
          Formula.of(Expr.times(Expr.number(s.certifiedMonths()), Expr.money(monthly)));
      return List.of(
          Draft.oneTime(
              BenefitItem.SUSPENSION_PERIOD_WAGES,
              formula.result(),
              Party.EMPLOYER,
              s.start(),
              formula,
              "停工留薪期自 "
                  + s.start()
                  + " 起经确认为 "
                  + plain(s.certifiedMonths())
                  + " 个月，原工资福利待遇不变，由所在单位按月支付",
              List.of(ParameterUse.of(normal, plain(normal.value()))),
              List.of(regime.cite(Provision.SUSPENSION, 1)),
              null));
    }
    List<Expr> terms = new ArrayList<>(2);
    terms.add(Expr.times(Expr.number(length.months()), Expr.money(monthly)));
    List<ParameterUse> used = new ArrayList<>();
    used.add(ParameterUse.of(normal, plain(normal.value())));
    List<Citation> cites = new ArrayList<>(List.of(regime.cite(Provision.SUSPENSION, 1)));
    if (length.days() > 0) {
      if (ctx.options().suspensionDays() == CalculationOptions.SuspensionDays.PAY_DAYS) {
        ResolvedParameter<BigDecimal> payDays =
            ctx.figures().use(WorkInjuryKeys.PAY_DAYS_PER_MONTH, ctx.region(), last);
        terms.add(
            Expr.times(Expr.money(monthly))
                .dividedBy(Expr.number(payDays.value()))
                .times(Expr.number(length.days())));
        used.add(ParameterUse.of(payDays, plain(payDays.value())));
        cites.addAll(payDays.citations());
      } else {
        LocalDate partStart =
            MonthEndPolicy.CLAMP_TO_MONTH_END.plusMonths(s.start(), length.months());
        int monthDays = YearMonth.from(partStart).lengthOfMonth();
        terms.add(
            Expr.times(Expr.money(monthly), Expr.number(length.days()))
                .dividedBy(Expr.number(monthDays)));
      }
    }
    Formula formula = Formula.of(terms.size() == 1 ? terms.get(0) : Expr.sum(terms));
    Money total = formula.result();
    return List.of(
        Draft.oneTime(
            BenefitItem.SUSPENSION_PERIOD_WAGES,
            total,
            Party.EMPLOYER,
            s.start(),
            formula,
            "停工留薪期 "
                + s.start()
                + " 至 "
                + s.endInclusive()
                + "（"
                + length.toChinese()
                + "），原工资福利待遇不变，由所在单位按月支付",
            used,
            cites,
            null));
  }

  private static boolean beyond(Suspension s, MonthsAndDays length, int months) {
    if (length == null) {
      return s.certifiedMonths().compareTo(BigDecimal.valueOf(months)) > 0;
    }
    return length.months() > months || (length.months() == months && length.days() > 0);
  }
}
