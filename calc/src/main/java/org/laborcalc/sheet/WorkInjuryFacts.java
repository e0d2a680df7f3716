package org.laborcalc.sheet;

import java.util.ArrayList;
import java.util.List;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.sheet.Sheet.Field;

/**
 * The header of a work-injury sheet: the facts the result rests on, each as found in the case — the
 * region, the injury, the appraisal and grade, the insurance status, the employment and its end and
 * who ended it, a death, the wage basis — then the as-of date and the packs the figures came from.
 * Stateless.
 */
final class WorkInjuryFacts {
  private WorkInjuryFacts() {}

  static List<Field> of(WorkInjuryResult r) {
    List<Field> facts = new ArrayList<>();
    WorkInjuryCase c = r.input();
    if (c != null) {
      facts.add(field("统筹地区", "Region", SheetBuilder.region(c.region())));
      facts.add(
          field(
              "受伤日期",
              "Injury date",
              c.injury().occupationalDisease()
                  ? Text.of(
                      Dates.day(c.injury().date()) + "（职业病）",
                      Dates.day(c.injury().date()) + " (occupational disease)")
                  : Text.of(Dates.day(c.injury().date()))));
      if (c.appraisal() != null) {
        Text grade =
            r.grade() == null
                ? Text.of("-")
                : Text.of(r.grade().finalGrade().nameZh(), r.grade().finalGrade().nameEn());
        facts.add(
            field(
                "劳动能力鉴定",
                "Appraisal",
                Text.of(
                        Dates.day(c.appraisal().date()) + "，",
                        Dates.day(c.appraisal().date()) + ", ")
                    .plus(grade)));
      } else {
        facts.add(field("劳动能力鉴定", "Appraisal", Text.of("无", "none")));
      }
      facts.add(field("参保情况", "Insurance", insurance(c.insurance())));
      facts.add(field("用工之日", "Employment began", Text.of(Dates.day(c.employment().start()))));
      facts.add(field("劳动关系", "Labour relation", termination(c.employment().termination())));
      if (c.death() != null) {
        facts.add(field("死亡日期", "Date of death", Text.of(Dates.day(c.death().date()))));
      }
      facts.add(field("工资依据", "Wage basis", wageBasis(c, r)));
    }
    facts.add(
        field(
            "计算日",
            "As-of date",
            r.options().asOf() == null
                ? Text.of("未设定", "not set")
                : Text.of(Dates.day(r.options().asOf()))));
    List<String> packs = SourceSections.packs(SourceSections.uses(r));
    facts.add(packsField(packs));
    return facts;
  }

  /** The packs used, bundled ones versioned with the engine. */
  static Field packsField(List<String> packs) {
    return field(
        "参数包",
        "Parameter packs",
        packs.isEmpty()
            ? Text.of("无", "none")
            : Text.of(
                String.join("、", packs) + "（内置参数包版本随计算引擎）",
                String.join(", ", packs) + " (bundled packs versioned with the engine)"));
  }

  static Field field(String zh, String en, Text value) {
    return new Field(Text.of(zh, en), value);
  }

  private static Text insurance(Insurance i) {
    Text status =
        switch (i.status()) {
          case INSURED -> Text.of("已参加工伤保险", "insured");
          case UNINSURED ->
              Text.of("未参加工伤保险（用人单位支付全部待遇）", "not insured (the employer pays every item)");
          case ENROLLED_AFTER_INJURY -> Text.of("受伤后补缴参保", "enrolled after the injury");
          case UNDER_DECLARED_BASE ->
              Text.of("已参保，但申报缴费基数低于工资", "insured on an under-declared base");
        };
    if (i.enrolmentDate() != null) {
      status =
          status.plus(
              Text.of(
                  "；参保日 " + Dates.day(i.enrolmentDate()),
                  "; enrolled " + Dates.day(i.enrolmentDate())));
    }
    if (i.declaredMonthlyBase() != null) {
      String base = i.declaredMonthlyBase().toGroupedString();
      status = status.plus(Text.of("；申报月缴费基数 " + base, "; declared monthly base " + base));
    }
    if (i.recognitionFiledOn() != null) {
      String on = Dates.day(i.recognitionFiledOn());
      status = status.plus(Text.of("；工伤认定申请日 " + on, "; recognition applied for " + on));
    }
    return status;
  }

  static Text termination(Termination t) {
    if (t == null) {
      return Text.of("未解除或终止", "not ended");
    }
    Text who =
        switch (t.initiatedBy()) {
          case WORKER -> Text.of("劳动者提出解除", "ended by the worker");
          case CONTRACT_EXPIRY -> Text.of("劳动合同期满终止", "contract expired");
          case MUTUAL_AGREEMENT -> Text.of("协商一致解除", "ended by agreement");
          case EMPLOYER -> Text.of("用人单位解除", "ended by the employer");
        };
    Text text =
        Text.of(Dates.day(t.date()) + " 解除或终止，", "ended " + Dates.day(t.date()) + ", ").plus(who);
    if (t.labourContractLawArticle38() && t.initiatedBy() == InitiatedBy.WORKER) {
      text = text.plus(Text.of("（劳动合同法第三十八条）", " (Labour Contract Law art. 38)"));
    }
    return text;
  }

  private static Text wageBasis(WorkInjuryCase c, WorkInjuryResult r) {
    Text basis;
    if (c.wage().monthlyWage() != null) {
      String w = c.wage().monthlyWage().toGroupedString();
      basis = Text.of("案件所述月工资 " + w, "monthly wage as stated " + w);
    } else {
      int n = c.wage().evidence() == null ? 0 : c.wage().evidence().size();
      basis =
          Text.of("按 " + n + " 项工资证据逐月认定", "found month by month from " + n + " items of evidence");
    }
    if (r.wage() != null) {
      String own = r.wage().ownWage().toGroupedString();
      basis = basis.plus(Text.of("；本人工资 " + own, "; own wage " + own));
    }
    return basis;
  }
}
