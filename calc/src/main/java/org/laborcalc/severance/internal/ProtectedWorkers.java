package org.laborcalc.severance.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.error.Violation;
import org.laborcalc.severance.ProtectedCircumstance;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceResult;

/**
 * 劳动合同法第四十二条: "劳动者有下列情形之一的，用人单位不得依照本法第四十条、第四十一条的规定解除劳动合同"; 第四十五条: "劳动合同期满，有本法第四十二条规定情形之一的，
 * 劳动合同应当续延至相应的情形消失时终止。但是，本法第四十二条第二项规定丧失或者部分丧失劳动能力劳动者的劳动合同的终止，按照国家有关工伤保险的规定执行。" A dismissal or an
 * expiry the case does not find unlawful while such a circumstance is stated is warned, never
 * turned into 赔偿金 here: unlawfulness is the tribunal's finding (ARBITRATION.md §2.2).
 */
final class ProtectedWorkers {
  private ProtectedWorkers() {}

  private static final String PATH = "case.termination.protectedUnderArt42";

  /** The dismissals art. 42 bars. */
  static final Set<TerminationGround> BARRED =
      EnumSet.of(
          TerminationGround.LCL_40_1,
          TerminationGround.LCL_40_2,
          TerminationGround.LCL_40_3,
          TerminationGround.LCL_41_1);

  /** The expiries art. 45 defers. */
  static final Set<TerminationGround> EXPIRIES =
      EnumSet.of(
          TerminationGround.LCL_44_1_NOT_RENEWED, TerminationGround.LCL_44_1_WORKER_DECLINED);

  /** A circumstance stated twice, or for a ground neither article speaks of. */
  static List<Violation> check(SeveranceCase c) {
    List<Violation> out = new ArrayList<>();
    List<ProtectedCircumstance> all = c.protectedCircumstances();
    if (all.isEmpty()) {
      return out;
    }
    TerminationGround g = c.ground();
    if (!BARRED.contains(g) && !EXPIRIES.contains(g) && !c.foundUnlawful()) {
      out.add(
          Violation.of(
              PATH,
              "NOT_USED",
              "此项未被任何规则使用：劳动合同法第四十二条的情形只限制依第四十条、第四十一条的解除和劳动合同期满终止（第四十五条）",
              "not used by any rule: art. 42 only bars dismissals under arts. 40–41 and defers an"
                  + " expiry (art. 45)"));
    }
    Set<ProtectedCircumstance> seen = new HashSet<>();
    for (int i = 0; i < all.size(); i++) {
      if (!seen.add(all.get(i))) {
        out.add(
            Violation.of(
                PATH + "[" + i + "]",
                "DUPLICATE",
                "第四十二条第（" + all.get(i).itemZh() + "）项情形重复列出",
                "art. 42 item (" + all.get(i).item() + ") is listed twice"));
      }
    }
    return out;
  }

  /** The warnings: a barred dismissal, a deferred expiry. */
  static List<SeveranceResult.Notice> notices(SeveranceCase c) {
    List<ProtectedCircumstance> all = c.protectedCircumstances();
    if (all.isEmpty() || c.foundUnlawful()) {
      return List.of();
    }
    String items =
        all.stream()
            .map(p -> "第（" + p.itemZh() + "）项" + p.labelZh())
            .collect(Collectors.joining("；"));
    String itemsEn =
        all.stream()
            .map(p -> "(" + p.item() + ") " + p.labelEn())
            .collect(Collectors.joining("; "));
    if (BARRED.contains(c.ground())) {
      return List.of(
          new SeveranceResult.Notice(
              "ART_42_BARS_DISMISSAL",
              "劳动者有劳动合同法第四十二条"
                  + items
                  + "的情形，用人单位不得依照第四十条、第四十一条解除劳动合同；本计算按合法解除计算经济补偿，是否违法解除（第四十八条、第八十七条：赔偿金）由仲裁庭认定",
              "the worker was in art. 42 "
                  + itemsEn
                  + ": the employer may not dismiss under arts. 40–41; computed as a lawful"
                  + " dismissal, whether it was unlawful (arts. 48, 87: damages) is for the"
                  + " tribunal to find"));
    }
    if (EXPIRIES.contains(c.ground())) {
      boolean injury = all.contains(ProtectedCircumstance.WORK_INJURY_CAPACITY_LOST);
      return List.of(
          new SeveranceResult.Notice(
              "ART_45_CONTRACT_EXTENDED",
              "劳动合同期满时劳动者有劳动合同法第四十二条"
                  + items
                  + "的情形，劳动合同应当续延至相应的情形消失时终止（第四十五条）"
                  + (injury ? "；丧失或者部分丧失劳动能力的，终止按照国家有关工伤保险的规定执行" : "")
                  + "；请仲裁庭核定终止日期",
              "the contract expired while the worker was in art. 42 "
                  + itemsEn
                  + ": it continues until the circumstance ends (art. 45)"
                  + (injury ? "; for lost capacity the work-injury rules govern its end" : "")
                  + "; the tribunal to confirm the end date"));
    }
    return List.of();
  }
}
