package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.laborcalc.employment.Employment;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryCase.Injury;
import org.laborcalc.injury.WorkInjuryCase.WageFacts;
import org.laborcalc.time.DateRange;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.EvidenceKind;
import org.laborcalc.wage.EvidenceWeighing;
import org.laborcalc.wage.ProceduralFacts;
import org.laborcalc.wage.SourcedFigure;
import org.laborcalc.wage.WageOptions;

/**
 * What the case file says that its records do not, for {@link RecordReader}: the JSON forms of
 * types that are not plain records, the defaults of absent fields, the checks across fields that
 * only the JSON form can get wrong, and the codes of the evidence of pay. The one place where the
 * case-file format differs from the records; {@code CaseFileSchemaTest} holds the shipped schema to
 * the records and these forms.
 */
final class CaseShapes {
  private CaseShapes() {}

  /** The JSON form of a type: a record read first, then converted. */
  record Form<F, T>(Class<F> form, Function<F, T> conversion) {
    Object convert(Object read) {
      return conversion.apply(form.cast(read));
    }
  }

  /** A hospital stay: a closed range {@code {"from": …, "toInclusive": …}} (DateRange.ofClosed). */
  record Stay(@NotNull LocalDate from, @NotNull LocalDate toInclusive) {}

  /** A figure the user supplies: {@code {"value": "0.105", "description": "…"}}. */
  record UserFigure(@NotNull String value, @NotNull String description) {}

  static final Map<Class<?>, Form<?, ?>> FORMS =
      Map.of(
          DateRange.class,
          new Form<>(Stay.class, s -> DateRange.ofClosed(s.from(), s.toInclusive())),
          SourcedFigure.class,
          new Form<>(
              UserFigure.class,
              f -> SourcedFigure.userSupplied(new BigDecimal(f.value()), f.description())));

  /** More evidence items than this are refused: no case has them, and checking is quadratic. */
  static final int MAX_EVIDENCE_ITEMS = 5_000;

  private static final Pattern FRACTION = Pattern.compile("\\d{1,3}(\\.\\d{1,8})?");

  /**
   * The records of the evidence of pay, whose fields keep the codes documented for them ({@code
   * MALFORMED_AMOUNT}, {@code MALFORMED_MONTH}, {@code UNKNOWN_KIND}, {@code UNKNOWN_VALUE}).
   */
  private static final Set<Class<?>> EVIDENCE =
      Set.of(EvidenceItem.class, ProceduralFacts.class, WageOptions.class, UserFigure.class);

  /**
   * Records whose absent fields take the value of a default instance: each component's value of
   * that instance (immutable records of constants), read once.
   */
  private static final Map<Class<?>, Map<String, Object>> DEFAULTS =
      Map.of(
          CalculationOptions.class, components(CalculationOptions.defaults()),
          WageOptions.class, components(WageOptions.defaults()),
          ProceduralFacts.class, components(ProceduralFacts.none()));

  static Form<?, ?> form(Class<?> type) {
    return FORMS.get(type);
  }

  static boolean isEvidence(Class<?> recordType) {
    return EVIDENCE.contains(recordType);
  }

  static Integer maxElements(Class<?> elementType) {
    return elementType == EvidenceItem.class ? MAX_EVIDENCE_ITEMS : null;
  }

  /**
   * The code of a value that names no constant of {@code type}; {@code WRONG_TYPE} for one that is
   * not a string, except in the evidence's options and procedure, where any such value is unknown.
   */
  static String unknownValueCode(Class<?> type, boolean evidence, boolean textual) {
    if (!evidence) {
      return textual ? "INVALID_VALUE" : "WRONG_TYPE";
    }
    if (type == EvidenceKind.class) {
      return textual ? "UNKNOWN_KIND" : "WRONG_TYPE";
    }
    return "UNKNOWN_VALUE";
  }

  /**
   * The value an absent (or null) field takes, or null: the default instance's, a deposit's
   * attributes (net of deductions, paid by the employer), and for evidence of pay the default
   * procedure and options.
   */
  static Object absent(Class<?> type, String field, Map<String, Object> read) {
    Map<String, Object> defaults = DEFAULTS.get(type);
    if (defaults != null) {
      if (!defaults.containsKey(field)) {
        throw new AssertionError("no component " + field);
      }
      return defaults.get(field);
    }
    if (type == EvidenceItem.class) {
      return switch (field) {
        case "payerIsEmployer" -> true;
        case "netOfDeductions" -> read.get("kind") == EvidenceKind.BANK_STATEMENT;
        default -> null;
      };
    }
    if (type == WageFacts.class && read.get("evidence") != null) {
      return switch (field) {
        case "procedure" -> ProceduralFacts.none();
        case "options" -> WageOptions.defaults();
        default -> null;
      };
    }
    return null;
  }

  /** Each component of {@code instance} by name (a value may be null). */
  private static Map<String, Object> components(Record instance) {
    Map<String, Object> out = new HashMap<>();
    for (RecordComponent c : instance.getClass().getRecordComponents()) {
      try {
        out.put(c.getName(), c.getAccessor().invoke(instance));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + c.getName(), e);
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** The checks across the fields of one record, run after its fields are read. */
  static void check(
      Class<?> type, Map<String, Object> read, JsonNode node, String path, RecordReader reader) {
    Violations problems = reader.problems();
    if (type == Stay.class) {
      LocalDate from = (LocalDate) read.get("from");
      LocalDate to = (LocalDate) read.get("toInclusive");
      if (from != null && to != null && to.isBefore(from)) {
        problems.add(
            Violations.at(path, "toInclusive"),
            "DATE_ORDER",
            "出院日（" + to + "）早于入院日（" + from + "）",
            "the stay ends (" + to + ") before it starts (" + from + ")");
      }
    } else if (type == UserFigure.class) {
      String value = (String) read.get("value");
      if (value != null && !FRACTION.matcher(value).matches()) {
        problems.add(
            Violations.at(path, "value"),
            "MALFORMED_NUMBER",
            "须为不超过 8 位小数的十进制数，如 \"0.105\"",
            "must be a plain decimal with at most 8 decimals, such as \"0.105\"");
      }
      String description = (String) read.get("description");
      if (description != null && description.isBlank()) {
        problems.add(
            Violations.at(path, "description"),
            "REQUIRED",
            "须说明该比例的来源",
            "the source of the figure is required");
      }
    } else if (type == WageFacts.class && RecordReader.get(node, "evidence") == null) {
      for (String field : List.of("procedure", "options")) {
        if (RecordReader.get(node, field) != null) {
          problems.add(
              Violations.at(path, field),
              "CONTRADICTION",
              "未提供工资证据（evidence）时不应填写此项",
              "only goes with the evidence of pay (evidence)");
        }
      }
    } else if (type == WorkInjuryCase.class) {
      evidenceContent(read, node, path, reader);
    }
  }

  /**
   * The content of the evidence of pay against the case's dates (a month after the injury, a
   * negative amount, two records of one source disagreeing), for every item that could be read —
   * reported with the problems of form, in one pass.
   */
  private static void evidenceContent(
      Map<String, Object> read, JsonNode caseNode, String path, RecordReader reader) {
    JsonNode wage = RecordReader.get(caseNode, "wage");
    JsonNode evidence = wage == null ? null : RecordReader.get(wage, "evidence");
    if (evidence == null
        || !evidence.isArray()
        || evidence.size() > MAX_EVIDENCE_ITEMS
        || !(read.get("injury") instanceof Injury injury)
        || !(read.get("employment") instanceof Employment employment)) {
      return;
    }
    SortedMap<Integer, EvidenceItem> items = new TreeMap<>();
    for (int i = 0; i < evidence.size(); i++) {
      if (reader.builtFrom(evidence.get(i)) instanceof EvidenceItem item) {
        items.put(i, item);
      }
    }
    JsonNode optionsNode = RecordReader.get(wage, "options");
    WageOptions options =
        optionsNode == null
            ? WageOptions.defaults()
            : reader.builtFrom(optionsNode) instanceof WageOptions o ? o : null;
    String at = Violations.at(path, "wage");
    for (Violation v :
        EvidenceWeighing.validateAsRead(injury.date(), employment.start(), items, options)) {
      // The case's own dates are checked, and reported, where they stand.
      if (!v.path().equals("injuryDate") && !v.path().equals("employmentStart")) {
        reader.problems().add(JsonPaths.join(at, v.path()), v.code(), v.messageZh(), v.messageEn());
      }
    }
  }
}
