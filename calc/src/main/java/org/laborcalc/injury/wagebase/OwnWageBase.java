package org.laborcalc.injury.wagebase;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.wage.ClampBounds;
import org.laborcalc.wage.ClampResult;
import org.laborcalc.wage.EvidenceWeighing;
import org.laborcalc.wage.InsufficientEvidenceException;
import org.laborcalc.wage.SourcedFigure;
import org.laborcalc.wage.StatutoryFigures;
import org.laborcalc.wage.WageCase;
import org.laborcalc.wage.WageDetermination;
import org.laborcalc.wage.WageFindings;
import org.laborcalc.wage.WageWarning;
import org.laborcalc.wage.WageWindow;
import org.laborcalc.wage.WindowAnchor;

/**
 * The wage base of the work-injury benefits: 本人工资 and 原工资福利待遇 from the evidence. Stateless and
 * thread-safe.
 *
 * <ul>
 *   <li><b>Window</b> (《工伤保险条例》第六十四条第二款, "因工作遭受事故伤害或者患职业病前12个月"): the twelve complete calendar
 *       months before the month of the injury, from the month the worker started when later; fewer
 *       months worked, the months worked (参照《劳动合同法实施条例》第二十七条; 广东省工伤保险条例第六十四条 says the same). The
 *       evidence is weighed by {@link EvidenceWeighing}.
 *   <li><b>本人工资</b>: the average clamped to 60 % and 300 % of the regional average (art. 64 ¶2,
 *       {@link ClampBounds}); the declared contribution base is held against the same bounds.
 *   <li><b>原工资福利待遇</b> (art. 33 ¶1): the average, unclamped.
 *   <li><b>Daily wage</b>: the original wage ÷ the pay days per month (劳社部发〔2008〕3号), half-up to
 *       the fen.
 * </ul>
 */
public final class OwnWageBase {
  private OwnWageBase() {}

  /** "前12个月" of art. 64 ¶2. */
  static final int WINDOW_MONTHS = 12;

  /** The window of art. 64 ¶2 for the case: the twelve months before the injury. */
  public static WageWindow window(WageCase wageCase) {
    return new WageWindow(
        WindowAnchor.INJURY, wageCase.injuryDate(), WINDOW_MONTHS, "本人工资", OwnWageLaw.OWN_WAGE);
  }

  /** Every problem with the case's content, each located by its field path; empty when none. */
  public static List<Violation> validate(WageCase wageCase) {
    requireNonNull(wageCase, "wageCase");
    return EvidenceWeighing.validate(wageCase, window(wageCase));
  }

  /**
   * The wage determination of a work-injury case.
   *
   * @throws InvalidInputException with every problem found, when the case is not valid
   * @throws InsufficientEvidenceException when no month has usable evidence and there is no
   *     contract wage
   */
  public static WageDetermination determine(WageCase wageCase, StatutoryFigures figures) {
    requireNonNull(wageCase, "wageCase");
    requireNonNull(figures, "figures");
    WageFindings found = EvidenceWeighing.weigh(wageCase, window(wageCase));
    ClampBounds bounds = ClampBounds.of(figures);
    ClampResult clamp = bounds.apply(found.average());
    Optional<ClampResult> baseClamp = found.declaredContributionBase().map(bounds::apply);
    // Rounding point "daily wage": 劳社部发〔2008〕3号, 日工资 = 月工资收入 ÷ 月计薪天数.
    Money daily =
        found.average().dividedBy(figures.payDaysPerMonth().value(), Money.DEFAULT_ROUNDING);
    return WageDetermination.of(
        found,
        wageCase.injuryDate(),
        clamp,
        baseClamp,
        daily,
        figures,
        wageCase.procedure(),
        wageCase.options(),
        warnings(found, figures),
        citations(found, figures));
  }

  private static List<WageWarning> warnings(WageFindings found, StatutoryFigures figures) {
    List<WageWarning> w = new ArrayList<>(found.monthWarnings());
    Money average = found.average();
    found
        .declaredContributionBase()
        .filter(base -> !base.equals(average))
        .ifPresent(
            base ->
                w.add(
                    new WageWarning(
                        "CONTRIBUTION_BASE_DIFFERS",
                        "申报的社会保险缴费基数月平均"
                            + base.toGroupedString()
                            + "元，与认定的月平均工资"
                            + average.toGroupedString()
                            + "元不一致；《工伤保险条例》第六十四条第二款以缴费工资定义本人工资，差额由谁承担须依待遇规则另行确定",
                        "the declared contribution base averages "
                            + base
                            + ", not the "
                            + average
                            + " found; art. 64 ¶2 defines 本人工资 by the contribution wage, and who"
                            + " bears the difference is for the benefit rules")));
    w.addAll(found.windowWarnings());
    for (SourcedFigure f : statutory(figures)) {
      WageWarning.figureNotPrimary(f).ifPresent(w::add);
    }
    w.addAll(found.figureWarnings());
    return w;
  }

  private static List<Citation> citations(WageFindings found, StatutoryFigures figures) {
    Set<Citation> cites = new LinkedHashSet<>();
    cites.add(OwnWageLaw.OWN_WAGE);
    cites.add(OwnWageLaw.CLAMP);
    cites.add(OwnWageLaw.ORIGINAL_WAGE);
    cites.add(OwnWageLaw.DAILY_WAGE);
    cites.addAll(found.citations());
    for (SourcedFigure f : statutory(figures)) {
      cites.addAll(f.citations());
    }
    cites.add(EvidenceWeighing.REASONS_STATED);
    return List.copyOf(cites);
  }

  private static List<SourcedFigure> statutory(StatutoryFigures figures) {
    return List.of(
        figures.regionalAverageMonthlyWage(),
        figures.lowerBoundPercent(),
        figures.upperBoundPercent(),
        figures.payDaysPerMonth());
  }
}
