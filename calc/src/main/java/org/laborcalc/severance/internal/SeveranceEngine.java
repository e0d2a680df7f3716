package org.laborcalc.severance.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.laborcalc.employment.ServiceLength;
import org.laborcalc.employment.ServiceSegment;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceLine;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.severance.SeveranceResult;
import org.laborcalc.severance.WageBasis;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.InsufficientEvidenceException;

/**
 * Runs a severance case: the checks, the figures (every missing one listed), the service, the wage
 * when a line needs it, then the lines — 经济补偿 for a lawful termination, 赔偿金 (never beside it,
 * 实施条例第二十五条) or back pay for an unlawful one, 代通知金 for a lawful art. 40 dismissal. Stateless and
 * thread-safe.
 */
public final class SeveranceEngine {
  private SeveranceEngine() {}

  /**
   * The result.
   *
   * @throws InvalidInputException with every problem, located from the case file's root (a missing
   *     figure at {@code parameters})
   */
  public static SeveranceResult compute(SeveranceCase c, SeveranceOptions o, Parameters p) {
    boolean unlawful = c.foundUnlawful();
    boolean backPay = unlawful && c.reinstatement() != null;
    boolean damages = unlawful && !backPay;
    boolean compensation = !unlawful;
    boolean noticePay = PayInLieuOfNotice.owed(c);
    boolean needsWage =
        damages
            || (compensation && c.ground().compensationDue() && !c.publicWelfarePost())
            || (noticePay
                && o.noticePayBasis() == SeveranceOptions.NoticePayBasis.LAST_MONTH_PAYABLE);

    List<Violation> problems = new ArrayList<>(CaseChecks.of(c, o, noticePay));
    problems.addAll(OvertimeSplit.check(c));
    problems.addAll(ProtectedWorkers.check(c));
    List<Violation> suspensionProblems = Suspensions.check(c);
    problems.addAll(suspensionProblems);
    if (!CaseChecks.datesUsable(c) || !suspensionProblems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Suspensions.Applied suspensions = Suspensions.apply(c, p);
    ServiceLength service =
        ServiceLength.of(c.serviceStart(), c.terminationDate(), suspensions.notCounted());
    Figures figures = new Figures(p);
    Optional<WageBasisRule.Lookups> lookups = Optional.empty();
    if (needsWage) {
      problems.addAll(WageBasisRule.validate(c, o));
      lookups = WageBasisRule.lookups(c, figures);
      boolean pre2008Capped =
          compensation
              && !c.publicWelfarePost()
              && service.segments().size() > 1
              && Pre2008Rule.of(c.ground()).capped();
      if (pre2008Capped) {
        figures.lookUpPre2008Cap();
      }
    }
    problems.addAll(figures.missing());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    WageBasis wage = null;
    if (needsWage) {
      try {
        wage = WageBasisRule.basis(c, o, lookups.orElseThrow());
      } catch (InsufficientEvidenceException e) {
        throw InvalidInputException.of(
            "case.wage.evidence", e.code(), e.messageZh(), e.messageEn());
      }
    }
    Context x = new Context(c, o, service, suspensions, wage, figures);
    List<SeveranceResult.Notice> notices = new ArrayList<>();
    List<SeveranceLine> lines = new ArrayList<>();
    if (compensation) {
      lines.addAll(EconomicCompensation.lines(x));
    } else if (damages) {
      lines.add(WrongfulTerminationDamages.line(x));
    } else {
      lines.add(BackPay.line(x));
    }
    if (PayInLieuOfNotice.applies(c)) {
      if (noticePay && PayInLieuOfNotice.wage(x) == null) {
        throw InvalidInputException.of(
            "case.wage.evidence",
            "NO_EVIDENCE_FOR_LAST_MONTH",
            "上一个月（"
                + wage.findings().window().monthBeforeAnchor()
                + "）没有可以认定工资的证据，无法按上一个月应得工资确定代通知金",
            "no usable evidence for the last month ("
                + wage.findings().window().monthBeforeAnchor()
                + "): pay in lieu of notice cannot be fixed on it");
      }
      lines.add(PayInLieuOfNotice.line(x, notices));
    } else if (unlawful && c.ground().allowsPayInLieuOfNotice()) {
      notices.add(
          new SeveranceResult.Notice(
              "NO_NOTICE_PAY_WITH_DAMAGES",
              "解除被认定违法，不计算代通知金：额外支付一个月工资是依劳动合同法第四十条合法解除的条件",
              "the dismissal was found unlawful: no pay in lieu of notice, which belongs to a lawful"
                  + " dismissal under art. 40"));
    }
    notices.addAll(ProtectedWorkers.notices(c));
    notices.addAll(suspensions.notices());
    notices.addAll(otherNotices(c, o, service, wage));
    notices.addAll(figures.notices());
    Money total = lines.stream().map(SeveranceLine::amount).reduce(Money.ZERO, Money::plus);
    return new SeveranceResult(c, service, wage, lines, total, o, notices);
  }

  private static List<SeveranceResult.Notice> otherNotices(
      SeveranceCase c, SeveranceOptions o, ServiceLength service, WageBasis wage) {
    List<SeveranceResult.Notice> out = new ArrayList<>();
    if (wage != null) {
      wage.findings()
          .warnings()
          .forEach(
              w -> out.add(new SeveranceResult.Notice(w.code(), w.messageZh(), w.messageEn())));
    }
    boolean preLine =
        !c.foundUnlawful()
            && c.ground().compensationDue()
            && !c.publicWelfarePost()
            && service.segment(ServiceSegment.Era.BEFORE_2008).isPresent()
            && service.segments().size() > 1;
    if (preLine) {
      out.add(
          new SeveranceResult.Notice(
              "PRE_2008_RULES_SECONDARY",
              "2008年1月1日前的工作年限依当时有关规定（劳动合同法第九十七条第三款）；劳部发〔1994〕481号仅见转载文本，按选项"
                  + o.pre2008()
                  + "、"
                  + o.pre2008PartialYear()
                  + "计算，请仲裁庭核定",
              "service before 2008-01-01 follows the rules then in force (art. 97 ¶3); 481号 is read in"
                  + " reprints only; computed under "
                  + o.pre2008()
                  + " and "
                  + o.pre2008PartialYear()
                  + ": for the tribunal to confirm"));
    }
    if (wage != null) {
      DateRange window =
          DateRange.ofClosed(
              wage.findings().firstMonth().atDay(1), wage.findings().lastMonth().atEndOfMonth());
      boolean inWindow =
          c.suspensions().stream()
              .anyMatch(z -> DateRange.ofClosed(z.from(), z.lastDay()).overlaps(window));
      if (inWindow) {
        out.add(
            new SeveranceResult.Notice(
                "SUSPENSION_IN_WAGE_WINDOW",
                "劳动合同中止期间与计算月平均工资的月份重叠；法律未规定平均工资是否剔除中止期间，中止期间无工资的月份可列为非正常月份（选项severance.abnormalMonths），请仲裁庭核定",
                "a suspension overlaps the months of the average; the law does not say whether"
                    + " they are left out: months without pay may be listed as abnormal months"
                    + " (option severance.abnormalMonths), for the tribunal to decide"));
      }
    }
    if (wage != null
        && !c.overtimePay().isEmpty()
        && o.overtimeInAverage() == SeveranceOptions.OvertimeInAverage.INCLUDE) {
      out.add(
          new SeveranceResult.Notice(
              "OVERTIME_COUNTED",
              "按选项severance.overtimeInAverage = INCLUDE，所列加班工资计入月平均工资（实施条例第二十七条；关于工资总额组成的规定第四条）",
              "under severance.overtimeInAverage = INCLUDE the overtime pay listed counts in the"
                  + " average (Implementing Regulation art. 27)"));
    }
    if (wage != null && !wage.overtimeExcluded().isEmpty()) {
      out.add(
          new SeveranceResult.Notice(
              "OVERTIME_EXCLUDED",
              "按选项severance.overtimeInAverage = EXCLUDE，各月加班工资共"
                  + wage.overtimeTotal()
                  + "元不计入月平均工资；实施条例第二十七条是否包括加班工资，实践中有分歧，请仲裁庭核定",
              "under severance.overtimeInAverage = EXCLUDE the months' overtime pay ("
                  + wage.overtimeTotal()
                  + ") is left out of the average; whether art. 27 includes it is disputed: for the"
                  + " tribunal to confirm"));
    }
    if (c.foundUnlawful()
        && c.reinstatement() == null
        && wage != null
        && wage.aboveCap()
        && service.whole().statutoryMonths().compareTo(wage.capYears()) > 0) {
      out.add(
          new SeveranceResult.Notice(
              "DAMAGES_YEARS_CAPPED_OVER_WHOLE_SERVICE",
              "赔偿金的计算年限自用工之日起计算（实施条例第二十五条），月工资高于封顶标准，按劳动合同法第四十七条第二款对全部年限适用“最高不超过十二年”；此为通常理解，请仲裁庭核定",
              "the damages count the years from the start of work (Implementing Regulation art."
                  + " 25) and the wage is above the cap: the 12-year limit of art. 47 ¶2 is applied"
                  + " over that whole span, the natural reading, for the tribunal to confirm"));
    }
    if (wage != null && wage.registrationPlaceStandard()) {
      out.add(
          new SeveranceResult.Notice(
              "REGISTRATION_PLACE_STANDARD",
              "双方约定按用人单位注册地（"
                  + c.agreedRegistrationPlace()
                  + "）的有关规定执行，其标准高于劳动合同履行地的，按注册地标准（实施条例第十四条）",
              "as agreed, the higher standard of the place of registration ("
                  + c.agreedRegistrationPlace()
                  + ") is applied (Implementing Regulation art. 14)"));
    }
    if (c.agreedRegistrationPlace() != null && wage == null) {
      out.add(
          new SeveranceResult.Notice(
              "REGISTRATION_PLACE_NOT_USED",
              "约定的注册地标准未被使用：本案没有需要月工资的项目",
              "the agreed registration place's standards were not used: no line needs the wage"));
    }
    if (c.publicWelfarePost() && c.foundUnlawful()) {
      out.add(
          new SeveranceResult.Notice(
              "PUBLIC_WELFARE_POST_UNLAWFUL",
              "公益性岗位的劳动合同不适用支付经济补偿的规定（实施条例第十二条）；违法解除的赔偿金（劳动合同法第八十七条）仍按经济补偿标准计算，该条是否及于赔偿金，法律资料中未见定论，请仲裁庭核定",
              "a 公益性岗位 contract is outside the compensation rules (Implementing Regulation art."
                  + " 12); the damages for an unlawful termination (art. 87) are computed on the"
                  + " compensation standard: whether art. 12 reaches them is not settled in the"
                  + " legal folder, for the tribunal to decide"));
    }
    if (c.contractSignedOn() != null && c.contractSignedOn().isBefore(c.employment().start())) {
      out.add(
          new SeveranceResult.Notice(
              "CONTRACT_BEFORE_START_OF_WORK",
              "书面劳动合同于用工前（"
                  + c.contractSignedOn()
                  + "）订立，劳动关系自用工之日（"
                  + c.employment().start()
                  + "）起建立（劳动合同法第七条、第十条第三款），工作年限自用工之日起计算",
              "the contract was signed before work began ("
                  + c.contractSignedOn()
                  + "): the relation, and the service, run from the start of work ("
                  + c.employment().start()
                  + ", Labour Contract Law arts. 7, 10 ¶3)"));
    }
    if (c.priorService() != null && c.priorService().compensationPaid()) {
      out.add(
          new SeveranceResult.Notice(
              "PRIOR_SERVICE_ALREADY_COMPENSATED",
              "原用人单位已支付经济补偿，其工作年限不再合并计算（实施条例第十条）",
              "the previous employer paid compensation: its service is not counted again"
                  + " (Implementing Regulation art. 10)"));
    }
    if (c.ground() == TerminationGround.REG_23) {
      out.add(
          new SeveranceResult.Notice(
              "WORK_INJURY_SUBSIDIES_ALSO_DUE",
              "依法终止工伤职工的劳动合同，除经济补偿外还应支付一次性工伤医疗补助金和伤残就业补助金（实施条例第二十三条），见工伤待遇计算",
              "ending an injured worker's contract also gives the one-time work-injury medical and"
                  + " employment subsidies (Implementing Regulation art. 23): see the work-injury"
                  + " calculation"));
    }
    LocalDate end = c.terminationDate();
    java.time.YearMonth first =
        wage == null ? java.time.YearMonth.from(end).minusMonths(12) : wage.findings().firstMonth();
    java.time.YearMonth last =
        wage == null ? java.time.YearMonth.from(end).minusMonths(1) : wage.findings().lastMonth();
    if (c.abnormalMonths().stream().anyMatch(m -> m.isBefore(first) || m.isAfter(last))) {
      out.add(
          new SeveranceResult.Notice(
              "ABNORMAL_MONTH_OUTSIDE_WINDOW",
              "所列非正常月份有的不在解除前十二个月内，不影响计算",
              "some abnormal months listed are outside the twelve months before the termination"));
    }
    return out;
  }
}
