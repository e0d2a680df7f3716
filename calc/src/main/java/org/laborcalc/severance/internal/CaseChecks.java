package org.laborcalc.severance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.ServiceLength;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.wage.EvidenceItem;

/**
 * The cross-field rules of a severance case, each problem a located {@link Violation} (paths from
 * the case file's root) in Chinese and English.
 */
final class CaseChecks {
  private CaseChecks() {}

  /** The province-level codes of the 直辖市: their own figures are the city's. */
  static final Set<String> MUNICIPALITIES = Set.of("110000", "120000", "310000", "500000");

  /** True when the case's dates allow a service length at all. */
  static boolean datesUsable(SeveranceCase c) {
    SeveranceCase.PriorService p = c.priorService();
    return !c.terminationDate().isBefore(c.employment().start())
        && (p == null
            || (!p.lastDay().isBefore(p.start())
                && p.lastDay().plusDays(1).equals(c.employment().start())))
        && !c.terminationDate().isBefore(ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE);
  }

  static List<Violation> of(SeveranceCase c, SeveranceOptions o, boolean noticePayComputed) {
    List<Violation> out = new ArrayList<>();
    LocalDate start = c.employment().start();
    LocalDate end = c.terminationDate();
    TerminationGround g = c.ground();
    InitiatedBy by = c.employment().termination().initiatedBy();

    Region r = c.region();
    if (r.isNational()
        || (r.level() == Region.Level.PROVINCE && !MUNICIPALITIES.contains(r.code()))) {
      out.add(
          Violation.of(
              "case.region",
              "NOT_A_CITY",
              "劳动合同履行地（" + r + "）须为直辖市或设区的市：经济补偿封顶标准为其公布的本地区上年度职工月平均工资（劳动合同法第四十七条第二款）",
              "the place of performance ("
                  + r
                  + ") must be a municipality or a prefecture-level city, whose average wage caps"
                  + " the compensation (Labour Contract Law art. 47 ¶2)"));
    }
    Region reg = c.agreedRegistrationPlace();
    if (reg != null
        && (reg.isNational()
            || (reg.level() == Region.Level.PROVINCE && !MUNICIPALITIES.contains(reg.code())))) {
      out.add(
          Violation.of(
              "case.agreedRegistrationPlace",
              "NOT_A_CITY",
              "用人单位注册地（" + reg + "）须为直辖市或设区的市（实施条例第十四条、劳动合同法第四十七条第二款）",
              "the place of registration ("
                  + reg
                  + ") must be a municipality or a prefecture-level city (Implementing"
                  + " Regulation art. 14; art. 47 ¶2)"));
    }
    if (end.isBefore(start)) {
      out.add(
          Violation.of(
              "case.termination.date",
              "TERMINATION_BEFORE_START",
              "劳动关系终止日期（" + end + "）不能早于用工之日（" + start + "）",
              "the termination date ("
                  + end
                  + ") must not be before the start of work ("
                  + start
                  + ")"));
    } else if (end.isBefore(ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE)) {
      out.add(
          Violation.of(
              "case.termination.date",
              "NO_APPLICABLE_RULE",
              "劳动合同于2008年1月1日前解除或者终止（" + end + "），不适用劳动合同法（第九十七条第三款、第九十八条），本计算器不计算",
              "a contract ended before 2008-01-01 ("
                  + end
                  + ") is not governed by the Labour Contract Law (arts. 97 ¶3, 98); not computed"));
    }
    LocalDate signed = c.contractSignedOn();
    if (signed != null && signed.isAfter(end)) {
      out.add(
          Violation.of(
              "case.employment.contractSignedOn",
              "CONTRACT_AFTER_TERMINATION",
              "书面劳动合同订立日期（" + signed + "）不能晚于劳动关系终止日期（" + end + "）",
              "the contract's signing date ("
                  + signed
                  + ") must not be after the termination ("
                  + end
                  + ")"));
    }
    if (by != null && !g.allows(by)) {
      out.add(
          Violation.of(
              "case.termination.ground",
              "GROUND_CONTRADICTS_INITIATOR",
              "解除或者终止的情形“" + g.labelZh() + "”（" + g.article().toChinese() + "）与提出方（" + by + "）不符",
              "the ground \""
                  + g.labelEn()
                  + "\" ("
                  + g.article()
                  + ") cannot be initiated by "
                  + by));
    }
    if (c.unlawful() && (by == InitiatedBy.WORKER || by == InitiatedBy.MUTUAL_AGREEMENT)) {
      out.add(
          Violation.of(
              "case.termination.unlawful",
              "UNLAWFUL_NEEDS_EMPLOYER",
              "违法解除或者终止是用人单位的行为（劳动合同法第四十八条、第八十七条）；劳动者解除或者协商一致的不适用",
              "only the employer's termination can be unlawful (arts. 48, 87); not a resignation or"
                  + " an agreement"));
    }
    if (c.contractCannotContinue() && !c.foundUnlawful()) {
      out.add(
          notUsed(
              "case.termination.contractCannotContinue",
              "劳动合同不能继续履行的认定只用于违法解除（解释（二）第十六条）",
              "only used with an unlawful termination (Interpretation II art. 16)"));
    }
    if (c.contractCannotContinue() && c.reinstatement() != null) {
      out.add(
          Violation.of(
              "case.reinstatement",
              "CONTRADICTS_FINDING",
              "已认定劳动合同不能继续履行，不能同时继续履行（劳动合同法第四十八条）",
              "the contract was found unable to continue: it cannot also be reinstated (art. 48)"));
    }
    LocalDate notice = c.writtenNoticeDate();
    if (notice != null) {
      if (!g.allowsPayInLieuOfNotice()) {
        out.add(
            notUsed(
                "case.termination.writtenNoticeDate",
                "书面通知日期只用于劳动合同法第四十条的解除",
                "only used for a dismissal under art. 40"));
      } else if (notice.isAfter(end)) {
        out.add(
            Violation.of(
                "case.termination.writtenNoticeDate",
                "NOTICE_AFTER_TERMINATION",
                "书面通知日期（" + notice + "）不能晚于解除日期（" + end + "）",
                "the written notice ("
                    + notice
                    + ") must not be after the termination ("
                    + end
                    + ")"));
      }
    }
    if (c.lastMonthStandardWage() != null) {
      if (!noticePayComputed) {
        out.add(
            notUsed(
                "case.noticePay.lastMonthStandardWage",
                "只有依劳动合同法第四十条合法解除且未提前三十日书面通知的，才计算代通知金",
                "only used for pay in lieu of notice: a lawful art. 40 dismissal without 30 days' written notice"));
      }
      plausible(out, "case.noticePay.lastMonthStandardWage", c.lastMonthStandardWage());
    } else if (noticePayComputed
        && o.noticePayBasis() == SeveranceOptions.NoticePayBasis.LAST_MONTH_STANDARD_WAGE) {
      out.add(
          Violation.of(
              "case.noticePay.lastMonthStandardWage",
              "REQUIRED",
              "代通知金按劳动者上一个月的工资标准确定（实施条例第二十条）：请提供该工资标准",
              "pay in lieu of notice is the last month's wage standard (Implementing Regulation"
                  + " art. 20): give it"));
    }
    SeveranceCase.Reinstatement re = c.reinstatement();
    if (re != null) {
      if (!c.foundUnlawful()) {
        out.add(
            notUsed(
                "case.reinstatement",
                "继续履行期间的工资只在违法解除、终止后计算（解释（二）第十八条）",
                "back pay is only due after an unlawful termination (Interpretation II art. 18)"));
      }
      if (!re.resumedOn().isAfter(end)) {
        out.add(
            Violation.of(
                "case.reinstatement.resumedOn",
                "RESUMED_BEFORE_TERMINATION",
                "继续履行之日（" + re.resumedOn() + "）须晚于解除日期（" + end + "）",
                "the day performance resumes ("
                    + re.resumedOn()
                    + ") must be after the termination ("
                    + end
                    + ")"));
      } else if (ChronoUnit.YEARS.between(end, re.resumedOn()) > 20) {
        out.add(
            Violation.of(
                "case.reinstatement.resumedOn",
                "IMPLAUSIBLE",
                "继续履行之日（" + re.resumedOn() + "）距解除日期超过20年，请核对",
                "the day performance resumes ("
                    + re.resumedOn()
                    + ") is more than 20 years after the termination: check it"));
      }
      plausible(out, "case.reinstatement.normalMonthlyWage", re.normalMonthlyWage());
      BigDecimal share = re.employerSharePercent();
      if (share != null
          && (share.signum() <= 0
              || share.compareTo(BigDecimal.valueOf(100)) > 0
              || share.stripTrailingZeros().scale() > 2)) {
        out.add(
            Violation.of(
                "case.reinstatement.employerSharePercent",
                "OUT_OF_RANGE",
                "用人单位承担的过错比例（" + share.toPlainString() + "%）须大于0且不超过100，最多两位小数（解释（二）第十八条第二款）",
                "the employer's share ("
                    + share.toPlainString()
                    + "%) must be above 0 and at most 100, with at most two decimals"
                    + " (Interpretation II art. 18 ¶2)"));
      }
    }
    SeveranceCase.PriorService prior = c.priorService();
    if (prior != null) {
      if (prior.lastDay().isBefore(prior.start())) {
        out.add(
            Violation.of(
                "case.priorService.lastDay",
                "END_BEFORE_START",
                "原用人单位工作的最后一日（" + prior.lastDay() + "）不能早于其开始之日（" + prior.start() + "）",
                "the last day with the previous employer ("
                    + prior.lastDay()
                    + ") must not be before its first ("
                    + prior.start()
                    + ")"));
      } else if (!prior.lastDay().plusDays(1).equals(start)) {
        out.add(
            Violation.of(
                "case.priorService.lastDay",
                "NOT_CONTIGUOUS",
                "被安排到本单位工作（实施条例第十条）：原用人单位工作的最后一日（"
                    + prior.lastDay()
                    + "）须为本单位用工之日（"
                    + start
                    + "）的前一日",
                "a transfer (Implementing Regulation art. 10): the last day with the previous employer ("
                    + prior.lastDay()
                    + ") must be the day before the start here ("
                    + start
                    + ")"));
      }
    }
    BigDecimal found = c.pre2008MonthsFound();
    boolean needsFound =
        !c.foundUnlawful()
            && g.compensationDue()
            && !c.publicWelfarePost()
            && Pre2008Rule.of(g) == Pre2008Rule.UNSETTLED
            && c.serviceStart().isBefore(ServiceLength.LABOUR_CONTRACT_LAW_IN_FORCE);
    if (found != null) {
      if (!needsFound) {
        out.add(
            notUsed(
                "case.pre2008MonthsFound",
                "只有2008年前的工作年限按当时规定尚无定论时才由仲裁庭认定月数",
                "only used where the pre-2008 rules for the ground are not settled"));
      } else if (found.signum() < 0
          || found.compareTo(BigDecimal.valueOf(50)) > 0
          || found.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
        out.add(
            Violation.of(
                "case.pre2008MonthsFound",
                "OUT_OF_RANGE",
                "2008年前的经济补偿月数（" + found + "）须为0至50之间的整数或半数",
                "the pre-2008 months (" + found + ") must be a whole or half number from 0 to 50"));
      }
    } else if (needsFound && end.isAfter(start)) {
      out.add(
          Violation.of(
              "case.pre2008MonthsFound",
              "REQUIRED",
              "“" + g.labelZh() + "”情形下2008年前工作年限的经济补偿，当时规定（劳动合同法第九十七条第三款）在本项目的法律资料中无定论：请由仲裁庭认定月数",
              "for \""
                  + g.labelEn()
                  + "\" the rules before 2008 (art. 97 ¶3) are not settled in the legal folder:"
                  + " give the months the tribunal finds"));
    }
    return out;
  }

  private static void plausible(List<Violation> out, String path, Money m) {
    if (!m.isPositive() || m.isGreaterThan(EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT)) {
      out.add(
          Violation.of(
              path,
              "IMPLAUSIBLE_WAGE",
              "月工资（" + m + "元）须大于0且不超过" + EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT + "元",
              "the monthly wage ("
                  + m
                  + ") must be above 0 and at most "
                  + EvidenceItem.MAX_PLAUSIBLE_MONTHLY_AMOUNT));
    }
  }

  private static Violation notUsed(String path, String zh, String en) {
    return Violation.of(path, "NOT_USED", "此项未被任何规则使用：" + zh, "not used by any rule: " + en);
  }
}
