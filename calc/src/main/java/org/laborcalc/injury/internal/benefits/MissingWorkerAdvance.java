package org.laborcalc.injury.internal.benefits;

import static org.laborcalc.injury.internal.Formats.plain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.internal.BenefitRule;
import org.laborcalc.injury.internal.CaseContext;
import org.laborcalc.injury.internal.Draft;
import org.laborcalc.injury.rules.WorkInjuryKeys;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Expr;
import org.laborcalc.result.Formula;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * The advance on the one-time death subsidy to a missing worker's dependants, art. 41:
 * “生活有困难的，可以预支一次性工亡补助金的50%” — the percent of the whole subsidy of art. 39 ¶1 (三) ({@link
 * DeathSubsidy}, 20 × the national income of the year before the injury). Once the worker is
 * declared dead the whole subsidy is due instead.
 */
public final class MissingWorkerAdvance implements BenefitRule {
  /**
   * Art. 41: “生活有困难的，可以预支一次性工亡补助金的50%” — for a worker only missing, a line when the case says the
   * dependants are in hardship, else a notice with the amount they may draw.
   */
  @Override
  public List<Draft> apply(CaseContext ctx) {
    if (!ctx.missingWorker() || ctx.deathBenefitsFrom().isPresent()) {
      return List.of();
    }
    MissingWorkerWages.requireText(ctx);
    LocalDate missingSince = ctx.facts().death().date();
    Draft whole = DeathSubsidy.onNationalIncome(ctx, missingSince);
    ResolvedParameter<BigDecimal> percent =
        ctx.figures()
            .use(
                WorkInjuryKeys.MISSING_ADVANCE_PERCENT,
                Regions.bundled().national(),
                ctx.regimeDate(missingSince));
    Formula formula =
        Formula.of(Expr.times(Expr.percent(percent.value()), Expr.money(whole.amount())));
    Money amount = formula.result();
    if (!ctx.facts().death().missing().hardship()) {
      ctx.warn(
          NoticeCode.MISSING_WORKER,
          "职工下落不明，供养亲属生活有困难的，可以预支一次性工亡补助金的"
              + plain(percent.value())
              + "%，即 "
              + amount
              + " 元（第四十一条）；本案未主张",
          "the worker is missing: dependants in hardship may draw "
              + plain(percent.value())
              + "% of the one-time death subsidy in advance, "
              + amount
              + " (art. 41); not claimed in this case");
      return List.of();
    }
    List<ParameterUse> used = new ArrayList<>(whole.parameters());
    used.add(ParameterUse.of(percent, plain(percent.value()) + "%"));
    List<Citation> cites = new ArrayList<>(ctx.missingWorkerCitations());
    cites.addAll(whole.citations());
    return List.of(
        Draft.oneTime(
            BenefitItem.DEATH_SUBSIDY_ADVANCE,
            amount,
            Party.FUND,
            missingSince,
            formula,
            "职工下落不明，供养亲属生活有困难，预支一次性工亡补助金（"
                + whole.amount()
                + "，"
                + whole.explanationZh()
                + "）的"
                + plain(percent.value())
                + "%；职工被宣告死亡后按第三十九条补足余额",
            used,
            cites,
            null));
  }
}
