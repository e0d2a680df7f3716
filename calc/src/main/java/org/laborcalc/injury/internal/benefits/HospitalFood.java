package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.g;
import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.internal.Figures;
import org.laborcalc.injury.internal.Liability;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;
import org.laborcalc.time.DateRange;

/**
 * 住院伙食补助费, art. 30 ¶4: “职工住院治疗工伤的伙食补助费……从工伤保险基金支付，基金支付的具体标准由统筹地区人民政府规定” (the 2003 text, art. 29 ¶4,
 * put it on the employer). The daily standard is a parameter of the 统筹地区, or a province's own rule
 * replaces it: Zhejiang art. 24 “按照当地最低工资百分之三十五的标准，根据住院期间的实际天数计算确定”, read with the number of days
 * the caller states a month's minimum wage is divided by (the text gives none).
 *
 * <p>Issue 22 §7: every day of every stay is priced at the standard in force on that day and paid
 * by the payer of that day (before or after a late enrolment, inside or outside an art. 17 ¶4 gap,
 * under the text in force); the days that share standard and payer make one line, so a case with
 * one standard and one payer still has one.
 */
public final class HospitalFood implements BenefitRule {
  /** The standard in force on a day: the figures it rests on, which identify it. */
  private record Rate(
      ResolvedParameter<BigDecimal> percent,
      ResolvedParameter<Money> money,
      ResolvedParameter<BigDecimal> divisor) {
    List<Object> identity() {
      List<Object> id = new ArrayList<>();
      id.add(money.entry());
      if (percent != null) {
        id.add(percent.entry());
        id.add(divisor.entry());
      }
      return id;
    }
  }

  /** Days sharing a standard and a payer. */
  private static final class Group {
    final Rate rate;
    final Party insuredPayer;
    final Regime regime;
    final LocalDate first;
    long days;
    final List<String> spans = new ArrayList<>();
    LocalDate spanStart;
    LocalDate spanLast;

    Group(Rate rate, Party insuredPayer, Regime regime, LocalDate first) {
      this.rate = rate;
      this.insuredPayer = insuredPayer;
      this.regime = regime;
      this.first = first;
    }

    void add(LocalDate day) {
      days++;
      if (spanLast != null && spanLast.plusDays(1).equals(day)) {
        spanLast = day;
        return;
      }
      close();
      spanStart = day;
      spanLast = day;
    }

    void close() {
      if (spanStart != null) {
        spans.add(spanStart.equals(spanLast) ? spanStart.toString() : spanStart + "至" + spanLast);
      }
    }
  }

  @Override
  public List<Draft> apply(CaseContext ctx) {
    List<DateRange> stays = new ArrayList<>(ctx.facts().hospitalStays());
    if (stays.isEmpty()) {
      return List.of();
    }
    stays.sort(Comparator.comparing(DateRange::start));
    Map<List<Object>, Group> groups = new LinkedHashMap<>();
    for (DateRange stay : stays) {
      LocalDate end = stay.start().plusDays(stay.lengthInDays());
      for (LocalDate day = stay.start(); day.isBefore(end); day = day.plusDays(1)) {
        Regime regime = ctx.regime(day);
        Party insured = regime == Regime.REGULATION_2010 ? Party.FUND : Party.EMPLOYER;
        Liability.Share share = ctx.liability().of(BenefitItem.HOSPITAL_FOOD_SUBSIDY, insured, day);
        Rate rate = rate(ctx, day);
        List<Object> key = new ArrayList<>(rate.identity());
        key.add(insured);
        key.add(share.payer());
        key.add(share.citations());
        LocalDate today = day;
        groups.computeIfAbsent(key, k -> new Group(rate, insured, regime, today)).add(day);
      }
    }
    List<Draft> drafts = new ArrayList<>(groups.size());
    for (Group group : groups.values()) {
      group.close();
      drafts.add(draft(group, groups.size() > 1));
    }
    return drafts;
  }

  /** The standard in force on {@code day}: the province's, else the 统筹地区's daily standard. */
  private static Rate rate(CaseContext ctx, LocalDate day) {
    Optional<ResolvedParameter<BigDecimal>> ofMinimum =
        ctx.figures().find(WorkInjuryKeys.HOSPITAL_FOOD_MINIMUM_WAGE_PERCENT, ctx.region(), day);
    if (ofMinimum.isEmpty()) {
      return new Rate(
          null, ctx.figures().use(WorkInjuryKeys.HOSPITAL_FOOD_DAILY, ctx.region(), day), null);
    }
    // Looked up together, so that both are listed at once when missing.
    Figures.Batch batch = new Figures.Batch();
    ResolvedParameter<Money> minimum =
        batch.get(() -> ctx.figures().use(WorkInjuryKeys.MINIMUM_MONTHLY_WAGE, ctx.region(), day));
    ResolvedParameter<BigDecimal> divisor =
        batch.get(
            () ->
                ctx.figures()
                    .use(WorkInjuryKeys.HOSPITAL_FOOD_MINIMUM_WAGE_DAY_DIVISOR, ctx.region(), day));
    batch.check();
    return new Rate(ofMinimum.get(), minimum, divisor);
  }

  private static Draft draft(Group group, boolean several) {
    Rate rate = group.rate;
    long days = group.days;
    String when = several ? "（" + String.join("、", group.spans) + "）" : "";
    List<Citation> cites =
        new ArrayList<>(List.of(group.regime.cite(Provision.MEDICAL_TREATMENT, 4)));
    Formula formula;
    String how;
    List<ParameterUse> used;
    if (rate.percent() != null) {
      // A province's own standard (Zhejiang art. 24): a percentage of the local minimum wage, by
      // the actual days in hospital; the text does not say how a month's wage becomes a day's.
      BigDecimal percent = rate.percent().value();
      formula =
          Formula.of(
              Expr.times(Expr.number(days), Expr.percent(percent), Expr.money(rate.money().value()))
                  .dividedBy(Expr.number(rate.divisor().value())));
      how =
          "住院"
              + days
              + "天"
              + when
              + "，按当地最低工资标准（每月 "
              + g(rate.money().value())
              + "）的"
              + plain(percent)
              + "%、每月按"
              + plain(rate.divisor().value())
              + "天折算日标准，支付住院伙食补助费";
      used =
          List.of(
              ParameterUse.of(rate.percent(), plain(percent) + "%"),
              ParameterUse.of(rate.money(), rate.money().value().toString()),
              ParameterUse.of(rate.divisor(), plain(rate.divisor().value())));
      cites.addAll(rate.percent().citations());
    } else {
      formula = Formula.of(Expr.times(Expr.number(days), Expr.money(rate.money().value())));
      how =
          "住院" + days + "天" + when + "，按统筹地区人民政府规定的标准（每日 " + g(rate.money().value()) + "）支付住院伙食补助费";
      used = List.of(ParameterUse.of(rate.money(), rate.money().value().toString()));
    }
    return Draft.oneTime(
        BenefitItem.HOSPITAL_FOOD_SUBSIDY,
        formula.result(),
        group.insuredPayer,
        group.first,
        formula,
        how,
        used,
        cites,
        several ? String.join("、", group.spans) : null);
  }
}
