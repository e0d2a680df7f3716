package org.laborcalc.injury.internal;

import java.util.List;
import org.laborcalc.injury.internal.benefits.ActualCosts;
import org.laborcalc.injury.internal.benefits.AlreadyPaid;
import org.laborcalc.injury.internal.benefits.DeathSubsidy;
import org.laborcalc.injury.internal.benefits.DependantPensions;
import org.laborcalc.injury.internal.benefits.DisabilityAllowance;
import org.laborcalc.injury.internal.benefits.DisabilitySubsidy;
import org.laborcalc.injury.internal.benefits.FuneralGrant;
import org.laborcalc.injury.internal.benefits.HospitalFood;
import org.laborcalc.injury.internal.benefits.LivingCare;
import org.laborcalc.injury.internal.benefits.SuspensionWages;
import org.laborcalc.injury.internal.benefits.TerminationSubsidies;

/**
 * The benefit rules of 《工伤保险条例》 chapter 5, in the order the chapter gives them (the result is put
 * in a canonical order afterwards, so this order only decides the order of notices). A rule that is
 * dated or regional chooses its version itself from the regime ({@link
 * org.laborcalc.injury.Regime}) and the province's pack.
 */
final class Rulebook {
  static final List<BenefitRule> WORK_INJURY =
      List.of(
          new SuspensionWages(), // art. 33
          new DisabilitySubsidy(), // arts. 35–37 ¶1 (一)
          new DisabilityAllowance(), // arts. 35–36 ¶1 (二)
          new LivingCare(), // art. 34
          new TerminationSubsidies(), // arts. 36 ¶2, 37 (二) and the province's rule
          new HospitalFood(), // art. 30 ¶4
          new ActualCosts(), // arts. 30, 32, 33 ¶3, 12
          new FuneralGrant(), // art. 39 ¶1 (一)
          new DeathSubsidy(), // art. 39 ¶1 (三), ¶3
          new DependantPensions(), // art. 39 ¶1 (二)
          new AlreadyPaid());

  private Rulebook() {}
}
