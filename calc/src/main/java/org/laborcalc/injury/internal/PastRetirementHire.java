package org.laborcalc.injury.internal;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.employment.PastRetirementAge;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.NoticeCode;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.retirement.StatutoryRetirement;

/**
 * A worker at or past the statutory retirement age at the injury (issue 15 §6): whether 《工伤保险条例》
 * applies at all, by 人社部发〔2016〕29号 item 二 (legal folder, text from secondary sources only):
 *
 * <ul>
 *   <li>¶1 — at or past the age, not retired and not drawing the basic pension, still working for
 *       the original employer: “用人单位依法承担工伤保险责任”. Computed as any case: the fund pays what it pays
 *       for an insured employer, an uninsured employer everything (art. 62 ¶2).
 *   <li>¶2 — hired when already at or past the age or drawing the pension: “如招用单位已按项目参保等方式为其缴纳
 *       工伤保险费的，应适用《工伤保险条例》”. Computed when the employer paid contributions for the worker (insured,
 *       also on an under-declared base).
 *   <li>Such a hire without contributions paid (never insured, or enrolled only after the injury):
 *       item 二 does not apply the Regulation, and a pensioner's dispute is a 劳务关系 (法释〔2020〕26号 art.
 *       32 ¶1). What courts award instead is not in the legal folder, so nothing is computed: a
 *       located error at {@code employment.pastRetirementAge}.
 * </ul>
 *
 * The result's {@code PAST_RETIREMENT_AGE} notice says which paragraph applied.
 */
public final class PastRetirementHire {
  private static final String PATH = "employment.pastRetirementAge";

  private PastRetirementHire() {}

  /** 人社部发〔2016〕29号 item 二 ¶{@code paragraph}. */
  static Citation item2(int paragraph) {
    return Citation.of(Instruments.get("rsbf-2016-29"), 2, paragraph);
  }

  /**
   * The problems of the fact: a hire without contributions paid, for which no held text computes
   * anything; a worker who by the case's own birth date and category had not reached the statutory
   * retirement age at the injury.
   */
  public static List<Violation> check(WorkInjuryCase c) {
    PastRetirementAge fact = c.employment() == null ? null : c.employment().pastRetirementAge();
    if (fact == null || c.injury() == null || c.insurance() == null) {
      return List.of();
    }
    LocalDate injury = c.injury().date();
    if (c.worker() != null
        && injury != null
        && c.worker().birthDate() != null
        && c.worker().retirementCategory() != null) {
      LocalDate retires =
          StatutoryRetirement.retirementDate(
              c.worker().birthDate(), c.worker().retirementCategory());
      if (injury.isBefore(retires)) {
        return List.of(
            Violation.of(
                PATH,
                "CONTRADICTION",
                "按出生日期与退休年龄类别，法定退休日为"
                    + retires
                    + "，受伤时（"
                    + injury
                    + "）尚未达到法定退休年龄：删去 pastRetirementAge，或更正出生日期与类别",
                "by the birth date and category the statutory retirement date is "
                    + retires
                    + ": at the injury ("
                    + injury
                    + ") the worker had not reached it; drop pastRetirementAge or correct the birth"
                    + " date and category"));
      }
    }
    if (fact == PastRetirementAge.HIRED_PAST_AGE_OR_PENSIONER && !contributionsPaid(c)) {
      InsuranceStatus status = c.insurance().status();
      return List.of(
          Violation.of(
              PATH,
              "NO_APPLICABLE_RULE",
              "招用已达到、超过法定退休年龄或已领取基本养老保险待遇的人员，只有招用单位已按项目参保等方式为其缴纳工伤保险费的，才适用《工伤保险条例》"
                  + "（人社部发〔2016〕29号第二条第二款，据二手来源）；本案 insurance.status 为 "
                  + status
                  + "，受伤时招用单位未为其缴纳工伤保险费，不计算工伤保险待遇。已依法享受养老保险待遇或领取退休金的人员与用人单位的用工争议按劳务关系处理"
                  + "（法释〔2020〕26号第三十二条第一款）；法院在此情形下支持的项目不在本法规资料中，须另行依所适用的规定主张",
              "a worker hired at or past the statutory retirement age, or already drawing the basic"
                  + " pension, comes under the Regulation only where the employer paid work-injury"
                  + " contributions for them, e.g. by project (人社部发〔2016〕29号 item 2 ¶2, from"
                  + " secondary sources); here insurance.status is "
                  + status
                  + ", no contributions were paid at the injury, so no work-injury benefit is"
                  + " computed. A pensioner's dispute with the employer is a relation of labour"
                  + " services (法释〔2020〕26号 art. 32 ¶1); what courts award instead is not in the"
                  + " legal folder and must be claimed under the rule that applies"));
    }
    return List.of();
  }

  /** The notice saying which paragraph of item 二 made the Regulation apply. */
  static void note(WorkInjuryCase c, Notices notices) {
    PastRetirementAge fact = c.employment().pastRetirementAge();
    if (fact == null) {
      return;
    }
    if (fact == PastRetirementAge.CONTINUED_WITHOUT_PENSION) {
      notices.warn(
          NoticeCode.PAST_RETIREMENT_AGE,
          "已达到或超过法定退休年龄、未办理退休手续或未享受基本养老保险待遇，继续在原用人单位工作期间受伤：用人单位依法承担工伤保险责任，按《工伤保险条例》计算（"
              + item2(1).toChinese()
              + "，人社部发〔2016〕29号，据二手来源）",
          "at or past the statutory retirement age, not retired or not drawing the basic pension,"
              + " injured while still working for the original employer: the employer bears the"
              + " work-injury liability and the Regulation applies ("
              + "人社部发〔2016〕29号 item 2 ¶1, from secondary sources)");
    } else {
      notices.warn(
          NoticeCode.PAST_RETIREMENT_AGE,
          "招用时已达到、超过法定退休年龄或已领取基本养老保险待遇，招用单位已为其缴纳工伤保险费：适用《工伤保险条例》（"
              + item2(2).toChinese()
              + "，人社部发〔2016〕29号，据二手来源）",
          "hired at or past the statutory retirement age or already drawing the pension, with"
              + " work-injury contributions paid by the employer: the Regulation applies ("
              + "人社部发〔2016〕29号 item 2 ¶2, from secondary sources)");
    }
  }

  /** 缴纳工伤保险费 at the injury: insured, also on a base below the wage. */
  private static boolean contributionsPaid(WorkInjuryCase c) {
    InsuranceStatus s = c.insurance().status();
    return s == InsuranceStatus.INSURED || s == InsuranceStatus.UNDER_DECLARED_BASE;
  }
}
