package org.laborcalc.injury.internal;

import static org.laborcalc.injury.BenefitItem.ALREADY_PAID;
import static org.laborcalc.injury.BenefitItem.DEATH_SUBSIDY_ADVANCE;
import static org.laborcalc.injury.BenefitItem.DEPENDANT_PENSION;
import static org.laborcalc.injury.BenefitItem.DEPENDANT_PENSION_LUMP_SUM;
import static org.laborcalc.injury.BenefitItem.DISABILITY_ALLOWANCE;
import static org.laborcalc.injury.BenefitItem.FUNERAL_SUBSIDY;
import static org.laborcalc.injury.BenefitItem.HOSPITAL_FOOD_SUBSIDY;
import static org.laborcalc.injury.BenefitItem.LIVING_CARE_ALLOWANCE;
import static org.laborcalc.injury.BenefitItem.MISSING_WORKER_WAGES;
import static org.laborcalc.injury.BenefitItem.ONE_TIME_DEATH_SUBSIDY;
import static org.laborcalc.injury.BenefitItem.ONE_TIME_DISABILITY_SUBSIDY;
import static org.laborcalc.injury.BenefitItem.ONE_TIME_EMPLOYMENT_SUBSIDY;
import static org.laborcalc.injury.BenefitItem.ONE_TIME_MEDICAL_SUBSIDY;
import static org.laborcalc.injury.BenefitItem.SUSPENSION_PERIOD_CARE;
import static org.laborcalc.injury.BenefitItem.SUSPENSION_PERIOD_WAGES;
import static org.laborcalc.injury.BenefitItem.UNINSURED_DISABILITY_LUMP_SUM;
import static org.laborcalc.injury.internal.benefits.UninsuredLumpSums.replacedWhenChosen;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.internal.benefits.ActualCosts;
import org.laborcalc.injury.internal.benefits.AlreadyPaid;
import org.laborcalc.injury.internal.benefits.DeathSubsidy;
import org.laborcalc.injury.internal.benefits.DependantPensions;
import org.laborcalc.injury.internal.benefits.DisabilityAllowance;
import org.laborcalc.injury.internal.benefits.DisabilitySubsidy;
import org.laborcalc.injury.internal.benefits.FuneralGrant;
import org.laborcalc.injury.internal.benefits.HospitalFood;
import org.laborcalc.injury.internal.benefits.LivingCare;
import org.laborcalc.injury.internal.benefits.MissingWorkerAdvance;
import org.laborcalc.injury.internal.benefits.MissingWorkerWages;
import org.laborcalc.injury.internal.benefits.ResettlementGrant;
import org.laborcalc.injury.internal.benefits.SuspensionRelativesCare;
import org.laborcalc.injury.internal.benefits.SuspensionWages;
import org.laborcalc.injury.internal.benefits.TerminationSubsidies;
import org.laborcalc.injury.internal.benefits.UninsuredLumpSums;

/**
 * The benefit rules of 《工伤保险条例》 chapter 5, in the order the chapter gives them (the result is put
 * in a canonical order afterwards, so this order only decides the order of notices). A rule that is
 * dated or regional chooses its version itself from the regime ({@link
 * org.laborcalc.injury.Regime}) and the province's pack.
 */
final class Rulebook {
  /**
   * A rule with the items it makes: when a figure it needs is missing, these are the items the
   * result lists as needing it.
   */
  record Entry(BenefitRule rule, Set<BenefitItem> items) {
    Entry(BenefitRule rule, BenefitItem... items) {
      this(rule, Set.of(items));
    }
  }

  static final List<Entry> WORK_INJURY =
      List.of(
          new Entry(new SuspensionWages(), SUSPENSION_PERIOD_WAGES), // art. 33
          // Zhejiang art. 25: care by near relatives at the province's monthly fee
          new Entry(new SuspensionRelativesCare(), SUSPENSION_PERIOD_CARE),
          // arts. 35–37 ¶1 (一); the grade 1–4 items give way to a province's lump sum when chosen
          new Entry(replacedWhenChosen(new DisabilitySubsidy()), ONE_TIME_DISABILITY_SUBSIDY),
          new Entry(
              replacedWhenChosen(new DisabilityAllowance()), DISABILITY_ALLOWANCE), // 35–36 ¶1 (二)
          new Entry(replacedWhenChosen(new LivingCare()), LIVING_CARE_ALLOWANCE), // art. 34
          // Zhejiang art. 34, Sichuan art. 33 ¶2: an uninsured employer's lump sum
          new Entry(new UninsuredLumpSums(), UNINSURED_DISABILITY_LUMP_SUM),
          // arts. 36 ¶2, 37 (二) and the province's rule
          new Entry(
              new TerminationSubsidies(), ONE_TIME_MEDICAL_SUBSIDY, ONE_TIME_EMPLOYMENT_SUBSIDY),
          new Entry(new HospitalFood(), HOSPITAL_FOOD_SUBSIDY), // art. 30 ¶4
          // Guangdong art. 29: the grant on moving the registration back
          new Entry(new ResettlementGrant(), BenefitItem.RESETTLEMENT_GRANT),
          // arts. 30, 32, 33 ¶3, 12
          new Entry(
              new ActualCosts(),
              Arrays.stream(BenefitItem.values())
                  .filter(BenefitItem::isActualCost)
                  .collect(Collectors.toUnmodifiableSet())),
          new Entry(new FuneralGrant(), FUNERAL_SUBSIDY), // art. 39 ¶1 (一)
          new Entry(new DeathSubsidy(), ONE_TIME_DEATH_SUBSIDY), // art. 39 ¶1 (三), ¶3
          new Entry(new MissingWorkerWages(), MISSING_WORKER_WAGES), // art. 41
          new Entry(new MissingWorkerAdvance(), DEATH_SUBSIDY_ADVANCE), // art. 41
          // art. 39 ¶1 (二); Zhejiang art. 35, Sichuan art. 36 ¶2 as a lump sum
          new Entry(new DependantPensions(), DEPENDANT_PENSION, DEPENDANT_PENSION_LUMP_SUM),
          new Entry(new AlreadyPaid(), ALREADY_PAID));

  private Rulebook() {}
}
