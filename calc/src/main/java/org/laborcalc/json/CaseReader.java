package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.employment.Worker;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.CalculationOptions.PensionCapAllocation;
import org.laborcalc.injury.CalculationOptions.RegimeRule;
import org.laborcalc.injury.CalculationOptions.SuspensionDays;
import org.laborcalc.injury.CalculationOptions.UnpublishedYearlyFigure;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Appraisal;
import org.laborcalc.injury.WorkInjuryCase.Death;
import org.laborcalc.injury.WorkInjuryCase.Dependant;
import org.laborcalc.injury.WorkInjuryCase.Expense;
import org.laborcalc.injury.WorkInjuryCase.Injury;
import org.laborcalc.injury.WorkInjuryCase.Insurance;
import org.laborcalc.injury.WorkInjuryCase.InsuranceStatus;
import org.laborcalc.injury.WorkInjuryCase.Payment;
import org.laborcalc.injury.WorkInjuryCase.Relation;
import org.laborcalc.injury.WorkInjuryCase.Suspension;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.WageCase;
import org.laborcalc.wage.WageCaseReader;

/**
 * Reads the {@code case} and {@code options} objects of a case file (format in {@code
 * docs/schema/work-injury-case.schema.json}) into the engine's records, reporting every structural
 * problem through {@link Fields}. The cross-field rules (dates in order, amounts positive) are the
 * engine's ({@code WorkInjuryCalculator.validate}); this reader checks shape, types and required
 * fields only, plus what only the JSON form can get wrong (a hospital stay ending before it
 * starts).
 */
final class CaseReader {
  static final List<String> CASE =
      List.of(
          "region",
          "worker",
          "employment",
          "injury",
          "appraisal",
          "suspension",
          "hospitalStays",
          "expenses",
          "insurance",
          "death",
          "alreadyPaid",
          "wage");
  static final List<String> WORKER = List.of("birthDate", "retirementCategory", "retirementDate");
  static final List<String> EMPLOYMENT = List.of("start", "termination", "noSuitableJobArranged");
  static final List<String> TERMINATION =
      List.of("date", "initiatedBy", "labourContractLawArticle38");
  static final List<String> INJURY = List.of("date", "occupationalDisease");
  static final List<String> APPRAISAL =
      List.of("date", "itemGrades", "selfCare", "activitiesNeedingCare");
  static final List<String> SUSPENSION = List.of("start", "endInclusive", "extensionConfirmed");
  static final List<String> STAY = List.of("from", "toInclusive");
  static final List<String> EXPENSE = List.of("item", "amount", "date", "description");
  static final List<String> INSURANCE =
      List.of("status", "enrolmentDate", "declaredMonthlyBase", "recognitionFiledOn");
  static final List<String> DEATH = List.of("date", "dependants");
  static final List<String> DEPENDANT =
      List.of("name", "relation", "birthDate", "lonelyElderOrOrphan");
  static final List<String> PAYMENT = List.of("amount", "date", "description");
  static final List<String> WAGE =
      List.of(
          "monthlyWage",
          "evidence",
          "procedure",
          "options",
          "originalWage",
          "preTerminationAverageWage");
  static final List<String> OPTIONS =
      List.of(
          "asOf",
          "knownAsOf",
          "regimeRule",
          "suspensionDays",
          "pensionCap",
          "unpublishedYearlyFigure");

  private final Fields f;

  CaseReader(Fields f) {
    this.f = f;
  }

  /** The case at {@code path}, or null when it has problems (recorded in the fields). */
  WorkInjuryCase readCase(JsonNode n, String path) {
    int before = f.count();
    ObjectNode o = f.object(n, path, CASE);
    if (o == null) {
      return null;
    }
    Region region = region(o, path);
    Worker worker = sub(o, path, "worker", true, this::worker);
    Employment employment = sub(o, path, "employment", true, this::employment);
    Injury injury = sub(o, path, "injury", true, this::injury);
    Appraisal appraisal = sub(o, path, "appraisal", false, this::appraisal);
    Suspension suspension = sub(o, path, "suspension", false, this::suspension);
    List<DateRange> stays = list(o, path, "hospitalStays", this::stay);
    List<Expense> expenses = list(o, path, "expenses", this::expense);
    Insurance insurance = sub(o, path, "insurance", true, this::insurance);
    Death death = sub(o, path, "death", false, this::death);
    List<Payment> paid = list(o, path, "alreadyPaid", this::payment);
    WageFacts wage = sub(o, path, "wage", true, (w, wp) -> wage(w, wp, o));
    if (f.count() != before) {
      return null;
    }
    return new WorkInjuryCase(
        region,
        worker,
        employment,
        injury,
        appraisal,
        suspension,
        stays,
        expenses,
        insurance,
        death,
        paid,
        wage);
  }

  /** The options at {@code path}; absent fields take the documented defaults. */
  CalculationOptions readOptions(JsonNode n, String path) {
    CalculationOptions defaults = CalculationOptions.defaults();
    if (n == null || n.isNull()) {
      return defaults;
    }
    ObjectNode o = f.object(n, path, OPTIONS);
    if (o == null) {
      return null;
    }
    LocalDate asOf = f.date(o, path, "asOf", false);
    LocalDate knownAsOf = f.date(o, path, "knownAsOf", false);
    RegimeRule rule = f.enumValue(o, path, "regimeRule", RegimeRule.class, false);
    SuspensionDays days = f.enumValue(o, path, "suspensionDays", SuspensionDays.class, false);
    PensionCapAllocation cap =
        f.enumValue(o, path, "pensionCap", PensionCapAllocation.class, false);
    UnpublishedYearlyFigure unpublished =
        f.enumValue(o, path, "unpublishedYearlyFigure", UnpublishedYearlyFigure.class, false);
    return new CalculationOptions(
        asOf,
        knownAsOf,
        rule == null ? defaults.regimeRule() : rule,
        days == null ? defaults.suspensionDays() : days,
        cap == null ? defaults.pensionCap() : cap,
        unpublished == null ? defaults.unpublishedYearlyFigure() : unpublished);
  }

  private interface Reader<T> {
    T read(ObjectNode o, String path);
  }

  private <T> T sub(ObjectNode parent, String path, String field, boolean required, Reader<T> r) {
    JsonNode n = required ? f.required(parent, path, field) : Fields.get(parent, field);
    if (n == null) {
      return null;
    }
    String p = Fields.at(path, field);
    List<String> allowed = allowedFor(field);
    ObjectNode o = f.object(n, p, allowed);
    return o == null ? null : r.read(o, p);
  }

  private <T> List<T> list(ObjectNode parent, String path, String field, Reader<T> r) {
    ArrayNode a = f.array(parent, path, field, false);
    if (a == null) {
      return List.of();
    }
    String p = Fields.at(path, field);
    List<String> allowed = allowedFor(field);
    List<T> out = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      String pi = Fields.at(p, i);
      JsonNode n = a.get(i);
      if (n.isNull()) {
        f.add(pi, "REQUIRED", "数组元素不能为 null", "an array element must not be null");
        continue;
      }
      ObjectNode o = f.object(n, pi, allowed);
      T value = o == null ? null : r.read(o, pi);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  private static List<String> allowedFor(String field) {
    return switch (field) {
      case "worker" -> WORKER;
      case "employment" -> EMPLOYMENT;
      case "termination" -> TERMINATION;
      case "injury" -> INJURY;
      case "appraisal" -> APPRAISAL;
      case "suspension" -> SUSPENSION;
      case "hospitalStays" -> STAY;
      case "expenses" -> EXPENSE;
      case "insurance" -> INSURANCE;
      case "death" -> DEATH;
      case "dependants" -> DEPENDANT;
      case "alreadyPaid" -> PAYMENT;
      case "wage" -> WAGE;
      default -> throw new AssertionError("no field list for " + field);
    };
  }

  private Region region(ObjectNode o, String path) {
    String code = f.text(o, path, "region", true);
    if (code == null) {
      return null;
    }
    return Regions.bundled()
        .find(code)
        .orElseGet(
            () -> {
              f.add(
                  Fields.at(path, "region"),
                  "UNKNOWN_REGION",
                  "未知的行政区划代码“" + Fields.shorten(code) + "”：须为省级或地级行政区划的六位代码（GB/T 2260），如济宁市 370800",
                  "unknown region code \""
                      + Fields.shorten(code)
                      + "\": it must be the six-digit GB/T 2260 code of a province or"
                      + " prefecture-level division, e.g. 370800 for Jining");
              return null;
            });
  }

  private Worker worker(ObjectNode o, String p) {
    return new Worker(
        f.date(o, p, "birthDate", false),
        f.enumValue(o, p, "retirementCategory", RetirementCategory.class, false),
        f.date(o, p, "retirementDate", false));
  }

  private Employment employment(ObjectNode o, String p) {
    return new Employment(
        f.date(o, p, "start", true),
        sub(o, p, "termination", false, this::termination),
        f.bool(o, p, "noSuitableJobArranged"));
  }

  private Termination termination(ObjectNode o, String p) {
    return new Termination(
        f.date(o, p, "date", true),
        f.enumValue(o, p, "initiatedBy", InitiatedBy.class, true),
        f.bool(o, p, "labourContractLawArticle38"));
  }

  private Injury injury(ObjectNode o, String p) {
    return new Injury(f.date(o, p, "date", true), f.bool(o, p, "occupationalDisease"));
  }

  private Appraisal appraisal(ObjectNode o, String p) {
    LocalDate date = f.date(o, p, "date", true);
    List<DisabilityGrade> grades = new ArrayList<>();
    ArrayNode a = f.array(o, p, "itemGrades", true);
    if (a != null) {
      for (int i = 0; i < a.size(); i++) {
        Integer g =
            f.integer(
                a.get(i),
                Fields.at(Fields.at(p, "itemGrades"), i),
                1,
                10,
                "伤残等级（1 为一级，最重；10 为十级，最轻）",
                "disability grade (1 most severe, 10 least severe)");
        if (g != null) {
          grades.add(DisabilityGrade.of(g));
        }
      }
    }
    SelfCareLevel selfCare = f.enumValue(o, p, "selfCare", SelfCareLevel.class, false);
    Set<DailyActivity> activities = EnumSet.noneOf(DailyActivity.class);
    ArrayNode acts = f.array(o, p, "activitiesNeedingCare", false);
    if (acts != null) {
      for (int i = 0; i < acts.size(); i++) {
        String pi = Fields.at(Fields.at(p, "activitiesNeedingCare"), i);
        DailyActivity d = f.enumValue(acts.get(i), pi, DailyActivity.class);
        if (d != null && !activities.add(d)) {
          f.add(
              pi,
              "DUPLICATE_VALUE",
              "日常生活活动“" + d + "”重复列出",
              "the daily activity " + d + " is listed twice");
        }
      }
    }
    return new Appraisal(date, grades, selfCare, activities);
  }

  private Suspension suspension(ObjectNode o, String p) {
    return new Suspension(
        f.date(o, p, "start", true),
        f.date(o, p, "endInclusive", true),
        f.bool(o, p, "extensionConfirmed"));
  }

  /** A closed range {@code {"from": …, "toInclusive": …}} (DateRange.ofClosed). */
  private DateRange stay(ObjectNode o, String p) {
    LocalDate from = f.date(o, p, "from", true);
    LocalDate to = f.date(o, p, "toInclusive", true);
    if (from == null || to == null) {
      return null;
    }
    if (to.isBefore(from)) {
      f.add(
          Fields.at(p, "toInclusive"),
          "DATE_ORDER",
          "出院日（" + to + "）早于入院日（" + from + "）",
          "the stay ends (" + to + ") before it starts (" + from + ")");
      return null;
    }
    return DateRange.ofClosed(from, to);
  }

  private Expense expense(ObjectNode o, String p) {
    BenefitItem item = f.enumValue(o, p, "item", BenefitItem.class, true);
    Money amount = f.money(o, p, "amount", true);
    return new Expense(
        item, amount, f.date(o, p, "date", false), f.text(o, p, "description", false));
  }

  private Insurance insurance(ObjectNode o, String p) {
    return new Insurance(
        f.enumValue(o, p, "status", InsuranceStatus.class, true),
        f.date(o, p, "enrolmentDate", false),
        f.money(o, p, "declaredMonthlyBase", false),
        f.date(o, p, "recognitionFiledOn", false));
  }

  private Death death(ObjectNode o, String p) {
    return new Death(f.date(o, p, "date", true), list(o, p, "dependants", this::dependant));
  }

  private Dependant dependant(ObjectNode o, String p) {
    return new Dependant(
        f.text(o, p, "name", true),
        f.enumValue(o, p, "relation", Relation.class, true),
        f.date(o, p, "birthDate", false),
        f.bool(o, p, "lonelyElderOrOrphan"));
  }

  private Payment payment(ObjectNode o, String p) {
    return new Payment(
        f.money(o, p, "amount", true),
        f.date(o, p, "date", false),
        f.text(o, p, "description", false));
  }

  private WageFacts wage(ObjectNode o, String p, ObjectNode caseNode) {
    Money monthly = f.money(o, p, "monthlyWage", false);
    Money original = f.money(o, p, "originalWage", false);
    Money preTermination = f.money(o, p, "preTerminationAverageWage", false);
    JsonNode evidence = Fields.get(o, "evidence");
    if (evidence == null) {
      for (String field : List.of("procedure", "options")) {
        if (Fields.get(o, field) != null) {
          f.add(
              Fields.at(p, field),
              "CONTRADICTION",
              "未提供工资证据（evidence）时不应填写此项",
              "only goes with the evidence of pay (evidence)");
        }
      }
      return new WageFacts(monthly, original, preTermination);
    }
    // The evidence is read by the wage component's reader, against the case's own dates; a case
    // whose dates are themselves wrong has those reported where they stand.
    JsonNode injury = caseNode.path("injury").path("date");
    JsonNode start = caseNode.path("employment").path("start");
    if (!injury.isTextual() || !start.isTextual()) {
      return null;
    }
    ObjectNode wageCase = o.objectNode();
    wageCase.set("injuryDate", injury);
    wageCase.set("employmentStart", start);
    wageCase.set("evidence", evidence);
    for (String field : List.of("procedure", "options")) {
      JsonNode n = Fields.get(o, field);
      if (n != null) {
        wageCase.set(field, n);
      }
    }
    try {
      WageCase read = WageCaseReader.read(wageCase, p + ".");
      return new WageFacts(
          monthly, read.evidence(), read.procedure(), read.options(), original, preTermination);
    } catch (InvalidInputException e) {
      // Violations about the copied dates belong to the case's own fields, reported there.
      for (Violation v : e.violations()) {
        if (!v.path().endsWith(".injuryDate") && !v.path().endsWith(".employmentStart")) {
          f.add(v.path(), v.code(), v.messageZh(), v.messageEn());
        }
      }
      return null;
    }
  }
}
