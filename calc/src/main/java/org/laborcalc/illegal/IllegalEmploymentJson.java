package org.laborcalc.illegal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.illegal.IllegalEmploymentCase.Appraisal;
import org.laborcalc.illegal.IllegalEmploymentCase.Cost;
import org.laborcalc.injury.Notice;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.result.Language;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.time.DateRange;

/**
 * The case file and result of kind {@code "illegal-employment"} (docs/schema/
 * illegal-employment-case.schema.json): every problem of the file located by its path from the
 * root, in both languages; nothing defaulted but the options.
 */
final class IllegalEmploymentJson {
  private static final JsonFactory JSON = new JsonFactory();
  private static final Set<String> CASE_FIELDS =
      Set.of("region", "unit", "injuryDate", "treatment", "appraisal", "deathDate", "costs");

  private final List<Violation> found = new ArrayList<>();

  private IllegalEmploymentJson() {}

  static IllegalEmploymentCalculation.Input read(JsonNode c, JsonNode options) {
    IllegalEmploymentJson r = new IllegalEmploymentJson();
    IllegalEmploymentCalculation.Input input = r.input(c, options);
    if (!r.found.isEmpty()) {
      throw new InvalidInputException(r.found);
    }
    return input;
  }

  private IllegalEmploymentCalculation.Input input(JsonNode c, JsonNode o) {
    if (!object(c, "case")) {
      return null;
    }
    known(c, "case", CASE_FIELDS);
    Region region = region(c.get("region"), "case.region");
    UnitStatus unit = enumValue(c.get("unit"), "case.unit", UnitStatus.class, true);
    LocalDate injury = date(c.get("injuryDate"), "case.injuryDate", true);
    DateRange treatment = null;
    JsonNode t = c.get("treatment");
    if (t != null && !t.isNull() && object(t, "case.treatment")) {
      known(t, "case.treatment", Set.of("start", "end"));
      LocalDate start = date(t.get("start"), "case.treatment.start", true);
      LocalDate end = date(t.get("end"), "case.treatment.end", true);
      if (start != null && end != null) {
        if (end.isBefore(start)) {
          found.add(
              Violation.of(
                  "case.treatment.end", "BEFORE_START", "结束日早于开始日", "the end is before the start"));
        } else {
          treatment = DateRange.ofClosed(start, end);
        }
      }
    }
    Appraisal appraisal = null;
    JsonNode a = c.get("appraisal");
    if (a != null && !a.isNull() && object(a, "case.appraisal")) {
      known(a, "case.appraisal", Set.of("date", "grade"));
      LocalDate date = date(a.get("date"), "case.appraisal.date", true);
      DisabilityGrade grade = grade(a.get("grade"), "case.appraisal.grade");
      if (date != null && grade != null) {
        appraisal = new Appraisal(date, grade);
      }
    }
    LocalDate death = date(c.get("deathDate"), "case.deathDate", false);
    List<Cost> costs = new ArrayList<>();
    JsonNode cs = c.get("costs");
    if (cs != null && !cs.isNull()) {
      if (!cs.isArray()) {
        found.add(Violation.of("case.costs", "NOT_AN_ARRAY", "须为数组", "must be an array"));
      } else {
        for (int i = 0; i < cs.size(); i++) {
          String p = "case.costs[" + i + "]";
          JsonNode e = cs.get(i);
          if (!object(e, p)) {
            continue;
          }
          known(e, p, Set.of("item", "amount", "description"));
          IllegalItem item = enumValue(e.get("item"), p + ".item", IllegalItem.class, true);
          Money amount = money(e.get("amount"), p + ".amount");
          JsonNode d = e.get("description");
          if (item != null && amount != null) {
            costs.add(new Cost(item, amount, d == null || d.isNull() ? null : d.asText()));
          }
        }
      }
    }
    IllegalEmploymentOptions options = options(o);
    if (!found.isEmpty()) {
      return null;
    }
    return new IllegalEmploymentCalculation.Input(
        new IllegalEmploymentCase(region, unit, injury, treatment, appraisal, death, costs),
        options);
  }

  private IllegalEmploymentOptions options(JsonNode o) {
    IllegalEmploymentOptions d = IllegalEmploymentOptions.defaults();
    if (o == null || o.isNull() || !object(o, "options")) {
      return d;
    }
    known(o, "options", Set.of("baseYear", "deathBaseYear"));
    IllegalEmploymentOptions.BaseYear base =
        enumValue(
            o.get("baseYear"), "options.baseYear", IllegalEmploymentOptions.BaseYear.class, false);
    IllegalEmploymentOptions.DeathBaseYear death =
        enumValue(
            o.get("deathBaseYear"),
            "options.deathBaseYear",
            IllegalEmploymentOptions.DeathBaseYear.class,
            false);
    return new IllegalEmploymentOptions(
        base == null ? d.baseYear() : base, death == null ? d.deathBaseYear() : death);
  }

  private boolean object(JsonNode n, String path) {
    if (n == null || !n.isObject()) {
      found.add(Violation.of(path, "NOT_AN_OBJECT", "须为对象", "must be an object"));
      return false;
    }
    return true;
  }

  private void known(JsonNode n, String path, Set<String> fields) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!fields.contains(f)) {
        found.add(
            Violation.of(
                path + "." + f,
                "UNKNOWN_FIELD",
                "未知字段（可用字段：" + String.join("、", fields.stream().sorted().toList()) + "）",
                "unknown field (known: "
                    + String.join(", ", fields.stream().sorted().toList())
                    + ")"));
      }
    }
  }

  private Region region(JsonNode n, String path) {
    if (n == null || n.isNull() || !n.isTextual()) {
      found.add(Violation.of(path, "REQUIRED", "须提供统筹地区的行政区划代码", "the region code is required"));
      return null;
    }
    if (Regions.bundled().find(n.asText()).isEmpty()) {
      found.add(
          Violation.of(
              path,
              "UNKNOWN_REGION",
              "未知的行政区划代码：" + n.asText(),
              "unknown region code: " + n.asText()));
      return null;
    }
    return Region.of(n.asText());
  }

  private LocalDate date(JsonNode n, String path, boolean required) {
    if (n == null || n.isNull()) {
      if (required) {
        found.add(Violation.of(path, "REQUIRED", "须提供日期", "a date is required"));
      }
      return null;
    }
    try {
      return LocalDate.parse(n.asText());
    } catch (DateTimeParseException e) {
      found.add(
          Violation.of(
              path,
              "INVALID_DATE",
              "日期格式须为 YYYY-MM-DD：" + n.asText(),
              "a date is YYYY-MM-DD: " + n.asText()));
      return null;
    }
  }

  private Money money(JsonNode n, String path) {
    if (n == null || n.isNull() || !n.isTextual()) {
      found.add(
          Violation.of(
              path,
              "INVALID_AMOUNT",
              "金额须为字符串，如 \"1234.50\"",
              "an amount is a string such as \"1234.50\""));
      return null;
    }
    try {
      return Money.parse(n.asText());
    } catch (RuntimeException e) {
      found.add(
          Violation.of(
              path, "INVALID_AMOUNT", "金额无效：" + n.asText(), "invalid amount: " + n.asText()));
      return null;
    }
  }

  private DisabilityGrade grade(JsonNode n, String path) {
    if (n == null || !n.isInt() || n.intValue() < 1 || n.intValue() > 10) {
      found.add(
          Violation.of(
              path, "INVALID_GRADE", "伤残等级须为1至10的整数", "the grade is a whole number 1 to 10"));
      return null;
    }
    return DisabilityGrade.of(n.intValue());
  }

  private <E extends Enum<E>> E enumValue(
      JsonNode n, String path, Class<E> type, boolean required) {
    if (n == null || n.isNull()) {
      if (required) {
        found.add(Violation.of(path, "REQUIRED", "必填", "required"));
      }
      return null;
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(n.asText())) {
        return e;
      }
      names.add(e.name());
    }
    found.add(
        Violation.of(
            path,
            "INVALID_VALUE",
            "取值须为 " + String.join("、", names) + " 之一",
            "must be one of " + String.join(", ", names)));
    return null;
  }

  /** The result document. */
  static String write(IllegalEmploymentResult r) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("format", "laborcalc.illegal-employment-result/1");
      g.writeArrayFieldStart("lines");
      for (IllegalEmploymentLine l : r.lines()) {
        g.writeStartObject();
        g.writeStringField("code", l.code());
        g.writeStringField("nameZh", l.name().zh());
        g.writeStringField("nameEn", l.name().en());
        g.writeStringField("amount", l.amount().toString());
        g.writeStringField("payer", l.share().party().code());
        g.writeStringField("formula", l.formulaText(Language.ZH));
        g.writeStringField("formulaEn", l.formulaText(Language.EN));
        g.writeStringField("explanationZh", l.explanationZh());
        if (l.label() != null) {
          g.writeStringField("label", l.label());
        }
        g.writeArrayFieldStart("citations");
        for (Citation c : l.citations()) {
          g.writeString(c.toChinese());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("parameters");
        for (ParameterUse p : l.parameters()) {
          g.writeStartObject();
          g.writeStringField("key", p.key());
          g.writeStringField("value", p.value());
          g.writeStringField("region", p.regionCode());
          g.writeStringField("range", p.range());
          g.writeStringField("pack", p.pack());
          g.writeStringField(
              "verification", p.verification() == null ? null : p.verification().name());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("total", r.total().toString());
      g.writeObjectFieldStart("options");
      g.writeStringField("baseYear", r.options().baseYear().name());
      g.writeStringField("deathBaseYear", r.options().deathBaseYear().name());
      g.writeEndObject();
      g.writeArrayFieldStart("notices");
      for (Notice n : r.notices()) {
        g.writeStartObject();
        g.writeStringField("code", n.code());
        g.writeStringField("messageZh", n.messageZh());
        g.writeStringField("messageEn", n.messageEn());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
