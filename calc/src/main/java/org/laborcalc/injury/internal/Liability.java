package org.laborcalc.injury.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.Regime;
import org.laborcalc.injury.Regime.Provision;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.grade.CombinedGrade;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Party;

/**
 * Who pays a line, and the articles that say so — decided in this one place so that a payer and its
 * citation can never disagree. A pure function of the draft (its item, the payer under the article
 * it applies, the day it arises) and the insurance facts:
 *
 * <ul>
 *   <li>an item the article puts on the employer stays the employer's;
 *   <li>uninsured: everything is the employer's (art. 62 ¶2; 2003 art. 60);
 *   <li>enrolled after the injury: what arose before the enrolment is the employer's (art. 62 ¶2);
 *       of what arises on or after it, the fund pays the costs listed in 人社部发〔2016〕29号 item 3, the
 *       employer the rest (art. 62 ¶3);
 *   <li>insured (also on an under-declared base, whose split follows in {@link UnderDeclaredBase}):
 *       costs arising after the employer's time to apply for 工伤认定 and up to its late application
 *       are the employer's (art. 17 ¶4), or those the province's rule names ({@code
 *       injury.recognition.lateFilingCosts}: from the injury in Guangdong, Zhejiang and Sichuan),
 *       the rest the fund's.
 * </ul>
 *
 * <p>The liability citations are those of the Regulation in force on the day of the injury, when
 * the duty to insure and to apply was breached.
 */
public final class Liability {
  /** The payer of a line and the citations of the liability rule that applied (possibly none). */
  public record Share(Party payer, List<Citation> citations, List<ParameterUse> parameters) {
    public Share {
      citations = Citation.distinct(citations);
      parameters = List.copyOf(parameters);
    }

    Share(Party payer, List<Citation> citations) {
      this(payer, citations, List.of());
    }
  }

  private final Insurance insurance;
  private final LocalDate injury;
  private final Regime regime;
  private final CombinedGrade grade;
  private final LateApplication lateApplication;

  Liability(
      Insurance insurance, LocalDate injury, CombinedGrade grade, LateApplication lateApplication) {
    this.insurance = insurance;
    this.injury = injury;
    this.regime = Regime.on(injury);
    this.grade = grade;
    this.lateApplication = lateApplication;
  }

  /** The payer and liability citations of {@code draft}. */
  public Share of(Draft draft) {
    return of(draft.item(), draft.insuredPayer(), draft.arises());
  }

  /** The payer and liability citations of an item arising on {@code arises}. */
  public Share of(BenefitItem item, Party insuredPayer, LocalDate arises) {
    boolean v2010 = regime == Regime.REGULATION_2010;
    InsuranceStatus status = insurance.status();
    if (status == InsuranceStatus.UNINSURED) {
      return new Share(
          Party.EMPLOYER, List.of(regime.cite(Provision.UNINSURED_EMPLOYER, v2010 ? 2 : 0)));
    }
    if (insuredPayer == Party.EMPLOYER) {
      return new Share(Party.EMPLOYER, List.of());
    }
    if (status == InsuranceStatus.ENROLLED_AFTER_INJURY) {
      if (arises.isBefore(insurance.enrolmentDate())) {
        // Arising while uninsured: the employer's under art. 62 ¶2; ¶3 and 29号 govern only the
        // costs 新发生 after the enrolment.
        return new Share(
            Party.EMPLOYER, List.of(regime.cite(Provision.UNINSURED_EMPLOYER, v2010 ? 2 : 0)));
      }
      return new Share(
          fundPaysCostsAfterEnrolment(item) ? Party.FUND : Party.EMPLOYER,
          List.of(
              regime.cite(Provision.UNINSURED_EMPLOYER, v2010 ? 3 : 0),
              Citation.of(Instruments.get("rsbf-2016-29"), 3)));
    }
    if (lateApplication.covers(arises)) {
      return new Share(Party.EMPLOYER, lateApplication.citations(), lateApplication.parameters());
    }
    return new Share(Party.FUND, List.of());
  }

  /**
   * The day after {@code start} on which the payer of a monthly item arising on {@code start} may
   * change, so that a rule can split the item there: the enrolment of an employer that enrolled
   * after the injury (art. 62 ¶3; 人社部发〔2016〕29号 item 三 (二): “支付参保后新发生的符合条件的供养亲属抚恤金”).
   */
  public java.util.Optional<LocalDate> payerMayChangeAfter(LocalDate start) {
    LocalDate enrolled = insurance.enrolmentDate();
    return insurance.status() == InsuranceStatus.ENROLLED_AFTER_INJURY
            && enrolled != null
            && enrolled.isAfter(start)
        ? java.util.Optional.of(enrolled)
        : java.util.Optional.empty();
  }

  /**
   * The first day after the art. 17 ¶4 gap (or the province's late-filing rule) when a monthly item
   * arising on {@code start} arises inside it: the months in the gap are the employer's, those
   * after it the fund's (issue 22 §7).
   */
  public java.util.Optional<LocalDate> lateFilingGapEndsAfter(LocalDate start) {
    return insurance.status() != InsuranceStatus.UNINSURED
            && insurance.status() != InsuranceStatus.ENROLLED_AFTER_INJURY
            && lateApplication.covers(start)
        ? java.util.Optional.of(lateApplication.lastDay().plusDays(1))
        : java.util.Optional.empty();
  }

  /** The line's own parameters followed by those of its liability rule. */
  static List<ParameterUse> withShareParameters(List<ParameterUse> own, Share share) {
    if (share.parameters().isEmpty()) {
      return own;
    }
    List<ParameterUse> out = new ArrayList<>(own);
    out.addAll(share.parameters());
    return out;
  }

  /** The line's own citations followed by those of its liability rule, each once. */
  static List<Citation> withShare(List<Citation> own, Share share) {
    List<Citation> out = new ArrayList<>(own);
    for (Citation c : share.citations()) {
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** 人社部发〔2016〕29号 item 三: the fund's share of costs arising after a late enrolment. */
  private boolean fundPaysCostsAfterEnrolment(BenefitItem item) {
    return switch (item) {
      case MEDICAL_EXPENSES,
          FOLLOW_UP_TREATMENT,
          REHABILITATION,
          HOSPITAL_FOOD_SUBSIDY,
          TRAVEL_AND_LODGING,
          ASSISTIVE_DEVICES,
          LIVING_CARE_ALLOWANCE,
          ONE_TIME_MEDICAL_SUBSIDY,
          DEPENDANT_PENSION ->
          true;
      case DISABILITY_ALLOWANCE -> grade != null && grade.finalGrade().number() <= 4;
      default -> false;
    };
  }

  /**
   * Art. 17 ¶¶1, 4: an employer that applies for 工伤认定 after its time limit (30 days from the
   * injury, a statutory figure) bears the costs arising in between.
   */
  /**
   * The days whose costs a late application for 工伤认定 puts on the employer, both included (none when
   * {@code firstDay} is null), with the articles and figures that say so.
   */
  record LateApplication(
      LocalDate firstDay,
      LocalDate lastDay,
      List<Citation> citations,
      List<ParameterUse> parameters) {
    LateApplication {
      citations = List.copyOf(citations);
      parameters = List.copyOf(parameters);
    }

    static LateApplication none() {
      return new LateApplication(null, null, List.of(), List.of());
    }

    boolean covers(LocalDate arises) {
      return firstDay != null && !arises.isBefore(firstDay) && !arises.isAfter(lastDay);
    }
  }
}
