package org.laborcalc.wage;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.money.Money;

/**
 * Reads a {@link WageCase} from JSON, reporting every problem — of form (an unknown evidence kind,
 * an amount given as a JSON number) and of content (a month after the injury) — in one {@link
 * InvalidInputException}, each located by its field path. Stateless and thread-safe.
 *
 * <pre>{@code
 * {
 *   "injuryDate": "2019-12-18",
 *   "employmentStart": "2019-03-01",
 *   "evidence": [
 *     {"id": "申请人证据3", "kind": "BANK_STATEMENT", "month": "2019-03", "amount": "6500.00"},
 *     {"kind": "PAYROLL", "month": "2019-03", "through": "2019-11", "amount": "3500.00",
 *      "signedByWorker": false}
 *   ],
 *   "procedure": {"payrollOrder": "NOT_COMPLIED", "orderReference": "2020-05-10 举证通知书"},
 *   "options": {"conflictPolicy": "HIGHER_AMOUNT", "grossUp": "AS_RECORDED",
 *               "partialMonthPolicy": "EXCLUDE_WHEN_A_COMPLETE_MONTH_EXISTS"}
 * }
 * }</pre>
 *
 * <p>Amounts are JSON strings with at most two decimals, never JSON numbers; months are {@code
 * yyyy-MM}; dates {@code yyyy-MM-dd}. Optional evidence fields: {@code id}, {@code through}, {@code
 * source}, {@code signedByWorker} (default false), {@code payerIsEmployer} (default true), {@code
 * netOfDeductions} (default true for a bank deposit, else false), {@code nonWage} (default false),
 * {@code nonWageReason}. {@code procedure} and {@code options} are optional (no order; the
 * defaults); {@code options.grossUpDeductionRate} is {@code {"value": "0.105", "description":
 * "…"}}, a figure the user supplies. Unknown fields are refused, so that a misspelt one is not
 * silently ignored.
 */
public final class WageCaseReader {

  /** More evidence items than this are refused: no case has them, and checking is quadratic. */
  public static final int MAX_EVIDENCE_ITEMS = 5_000;

  // Four digits of year exactly: java.time also parses "+999999999-12", which no date of a case
  // is and which the documented forms yyyy-MM and yyyy-MM-dd exclude.
  private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static final Set<String> CASE_FIELDS =
      Set.of("injuryDate", "employmentStart", "evidence", "procedure", "options");
  private static final Set<String> ITEM_FIELDS =
      Set.of(
          "id",
          "kind",
          "month",
          "through",
          "amount",
          "source",
          "signedByWorker",
          "payerIsEmployer",
          "netOfDeductions",
          "nonWage",
          "nonWageReason");
  private static final Set<String> PROCEDURE_FIELDS = Set.of("payrollOrder", "orderReference");
  private static final Set<String> OPTION_FIELDS =
      Set.of("conflictPolicy", "grossUp", "grossUpDeductionRate", "partialMonthPolicy");
  private static final Set<String> FIGURE_FIELDS = Set.of("value", "description");

  private WageCaseReader() {}

  /** Reads a case from JSON text. */
  public static WageCase read(String json) {
    requireNonNull(json, "json");
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of(
          "",
          "MALFORMED_JSON",
          "不是有效的JSON：" + e.getOriginalMessage(),
          "not valid JSON: " + e.getOriginalMessage());
    }
    return read(node, "");
  }

  /**
   * Reads a case from a JSON tree; {@code pathPrefix} (such as {@code "wage."}) is put before every
   * violation's path, for a case that is part of a larger document.
   */
  public static WageCase read(JsonNode node, String pathPrefix) {
    requireNonNull(pathPrefix, "pathPrefix");
    return new Reading(pathPrefix).read(node);
  }

  /** One reading: the violations found so far. */
  private static final class Reading {
    private final String prefix;
    private final List<Violation> violations = new ArrayList<>();

    Reading(String prefix) {
      this.prefix = prefix;
    }

    WageCase read(JsonNode root) {
      if (root == null || !root.isObject()) {
        throw InvalidInputException.of(
            prefix.isEmpty() ? "" : strip(prefix),
            "WRONG_TYPE",
            "工资认定案件须为JSON对象",
            "a wage case must be a JSON object");
      }
      unknownFields(root, CASE_FIELDS, "");
      LocalDate injury = date(root, "injuryDate", true);
      LocalDate start = date(root, "employmentStart", true);
      List<Map.Entry<Integer, EvidenceItem>> items = new ArrayList<>();
      JsonNode evidence = root.get("evidence");
      if (evidence == null || evidence.isNull()) {
        add(
            "evidence",
            "REQUIRED",
            "缺少证据列表（可为空列表）",
            "the evidence list is required (it may be empty)");
      } else if (!evidence.isArray()) {
        add("evidence", "WRONG_TYPE", "证据须为JSON数组", "evidence must be a JSON array");
      } else if (evidence.size() > MAX_EVIDENCE_ITEMS) {
        add(
            "evidence",
            "TOO_MANY",
            "证据条目（" + evidence.size() + "项）超过" + MAX_EVIDENCE_ITEMS + "项",
            "evidence items (" + evidence.size() + ") must not exceed " + MAX_EVIDENCE_ITEMS);
      } else {
        for (int i = 0; i < evidence.size(); i++) {
          EvidenceItem item = item(evidence.get(i), "evidence[" + i + "]");
          if (item != null) {
            items.add(Map.entry(i, item));
          }
        }
      }
      ProceduralFacts procedure = procedure(root.get("procedure"));
      WageOptions options = options(root.get("options"));
      for (Violation v : CaseValidator.violations(injury, start, items, options)) {
        violations.add(Violation.of(prefix + v.path(), v.code(), v.messageZh(), v.messageEn()));
      }
      if (!violations.isEmpty()) {
        throw new InvalidInputException(violations);
      }
      return new WageCase(
          injury, start, items.stream().map(Map.Entry::getValue).toList(), procedure, options);
    }

    private EvidenceItem item(JsonNode n, String path) {
      if (!n.isObject()) {
        add(path, "WRONG_TYPE", "证据条目须为JSON对象", "an evidence item must be a JSON object");
        return null;
      }
      unknownFields(n, ITEM_FIELDS, path + ".");
      EvidenceKind kind = null;
      JsonNode k = n.get("kind");
      if (k == null || k.isNull()) {
        add(path + ".kind", "REQUIRED", "缺少证据种类", "the evidence kind is required");
      } else if (!k.isTextual()) {
        add(path + ".kind", "WRONG_TYPE", "证据种类须为字符串", "the evidence kind must be a string");
      } else {
        kind = EvidenceKind.fromCode(k.asText()).orElse(null);
        if (kind == null) {
          add(
              path + ".kind",
              "UNKNOWN_KIND",
              "未知的证据种类“" + abbreviate(k.asText()) + "”，可用：" + names(EvidenceKind.values()),
              "unknown evidence kind \""
                  + abbreviate(k.asText())
                  + "\"; known kinds: "
                  + names(EvidenceKind.values()));
        }
      }
      YearMonth month = month(n, path, "month", true);
      YearMonth through = month(n, path, "through", false);
      Money amount = amount(n, path + ".amount");
      String id = text(n, path, "id");
      String source = text(n, path, "source");
      String nonWageReason = text(n, path, "nonWageReason");
      boolean signed = bool(n, path, "signedByWorker", false);
      boolean employerPaid = bool(n, path, "payerIsEmployer", true);
      boolean net = bool(n, path, "netOfDeductions", kind == EvidenceKind.BANK_STATEMENT);
      boolean nonWage = bool(n, path, "nonWage", false);
      // An item whose essentials are readable is checked for content too, so that one reading
      // reports everything; a stray or mistyped optional field is already reported.
      if (kind == null || month == null || amount == null) {
        return null;
      }
      return new EvidenceItem(
          id,
          kind,
          month,
          through,
          amount,
          source,
          signed,
          employerPaid,
          net,
          nonWage,
          nonWageReason);
    }

    private ProceduralFacts procedure(JsonNode n) {
      if (n == null || n.isNull()) {
        return ProceduralFacts.none();
      }
      if (!n.isObject()) {
        add("procedure", "WRONG_TYPE", "程序事实须为JSON对象", "procedure must be a JSON object");
        return ProceduralFacts.none();
      }
      unknownFields(n, PROCEDURE_FIELDS, "procedure.");
      ProceduralFacts.ProductionOrder order =
          constant(
              n,
              "procedure.payrollOrder",
              "payrollOrder",
              ProceduralFacts.ProductionOrder.class,
              ProceduralFacts.ProductionOrder.NONE);
      String reference = text(n, "procedure", "orderReference");
      return new ProceduralFacts(
          order == null ? ProceduralFacts.ProductionOrder.NONE : order, reference);
    }

    private WageOptions options(JsonNode n) {
      WageOptions d = WageOptions.defaults();
      if (n == null || n.isNull()) {
        return d;
      }
      if (!n.isObject()) {
        add("options", "WRONG_TYPE", "选项须为JSON对象", "options must be a JSON object");
        return null;
      }
      int before = violations.size();
      unknownFields(n, OPTION_FIELDS, "options.");
      ConflictPolicy conflict =
          constant(
              n,
              "options.conflictPolicy",
              "conflictPolicy",
              ConflictPolicy.class,
              d.conflictPolicy());
      GrossUpPolicy grossUp =
          constant(n, "options.grossUp", "grossUp", GrossUpPolicy.class, d.grossUp());
      PartialMonthPolicy partial =
          constant(
              n,
              "options.partialMonthPolicy",
              "partialMonthPolicy",
              PartialMonthPolicy.class,
              d.partialMonthPolicy());
      SourcedFigure rate = figure(n.get("grossUpDeductionRate"), "options.grossUpDeductionRate");
      if (violations.size() > before) {
        return null;
      }
      return new WageOptions(conflict, grossUp, rate, partial);
    }

    private SourcedFigure figure(JsonNode n, String path) {
      if (n == null || n.isNull()) {
        return null;
      }
      if (!n.isObject()) {
        add(
            path,
            "WRONG_TYPE",
            "须为包含value和description的JSON对象",
            "must be an object with value and description");
        return null;
      }
      unknownFields(n, FIGURE_FIELDS, path + ".");
      JsonNode v = n.get("value");
      BigDecimal value = null;
      if (v == null || !v.isTextual()) {
        add(
            path + ".value",
            "WRONG_TYPE",
            "须为字符串形式的小数，如\"0.105\"",
            "must be a decimal string such as \"0.105\"");
      } else if (!v.asText().matches("\\d{1,3}(\\.\\d{1,8})?")) {
        add(
            path + ".value",
            "MALFORMED_NUMBER",
            "须为不超过8位小数的十进制数，如\"0.105\"",
            "must be a plain decimal with at most 8 decimals, such as \"0.105\"");
      } else {
        value = new BigDecimal(v.asText());
      }
      JsonNode desc = n.get("description");
      if (desc == null || !desc.isTextual() || desc.asText().isBlank()) {
        add(path + ".description", "REQUIRED", "须说明该比例的来源", "the source of the figure is required");
        return null;
      }
      return value == null ? null : SourcedFigure.userSupplied(value, desc.asText());
    }

    private LocalDate date(JsonNode n, String field, boolean required) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          add(field, "REQUIRED", "缺少" + field, field + " is required");
        }
        return null;
      }
      if (v.isTextual() && DATE.matcher(v.asText()).matches()) {
        try {
          return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      add(
          field,
          "MALFORMED_DATE",
          "日期（" + abbreviate(v.toString()) + "）须为yyyy-MM-dd格式的字符串，如\"2019-12-18\"",
          "date ("
              + abbreviate(v.toString())
              + ") must be a yyyy-MM-dd string such as \"2019-12-18\"");
      return null;
    }

    private YearMonth month(JsonNode n, String path, String field, boolean required) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        if (required) {
          add(path + "." + field, "REQUIRED", "缺少月份", "the month is required");
        }
        return null;
      }
      if (v.isTextual() && YEAR_MONTH.matcher(v.asText()).matches()) {
        try {
          return YearMonth.parse(v.asText());
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      add(
          path + "." + field,
          "MALFORMED_MONTH",
          "月份（" + abbreviate(v.toString()) + "）须为yyyy-MM格式的字符串，如\"2019-03\"",
          "month (" + abbreviate(v.toString()) + ") must be a yyyy-MM string such as \"2019-03\"");
      return null;
    }

    private Money amount(JsonNode n, String path) {
      JsonNode v = n.get("amount");
      if (v == null || v.isNull()) {
        add(path, "REQUIRED", "缺少金额", "the amount is required");
        return null;
      }
      if (!v.isTextual()) {
        add(
            path,
            "WRONG_TYPE",
            "金额须为字符串，如\"6500.00\"，不能是JSON数字",
            "an amount must be a JSON string such as \"6500.00\", never a JSON number");
        return null;
      }
      try {
        return Money.parse(v.asText());
      } catch (IllegalArgumentException e) {
        add(
            path,
            "MALFORMED_AMOUNT",
            "金额（\"" + abbreviate(v.asText()) + "\"）须为最多两位小数的十进制数，如\"6500.00\"",
            "amount (\""
                + abbreviate(v.asText())
                + "\") must be a plain decimal with at most 2 decimals, such as \"6500.00\"");
        return null;
      }
    }

    private String text(JsonNode n, String path, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return "";
      }
      if (!v.isTextual()) {
        add(path + "." + field, "WRONG_TYPE", field + "须为字符串", field + " must be a string");
        return "";
      }
      return v.asText();
    }

    private boolean bool(JsonNode n, String path, String field, boolean otherwise) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return otherwise;
      }
      if (!v.isBoolean()) {
        add(
            path + "." + field,
            "WRONG_TYPE",
            field + "须为true或false",
            field + " must be true or false");
        return otherwise;
      }
      return v.asBoolean();
    }

    private <E extends Enum<E>> E constant(
        JsonNode n, String path, String field, Class<E> type, E otherwise) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        return otherwise;
      }
      E[] values = type.getEnumConstants();
      if (v.isTextual()) {
        for (E e : values) {
          if (e.name().equals(v.asText())) {
            return e;
          }
        }
      }
      add(
          path,
          "UNKNOWN_VALUE",
          "未知的取值" + abbreviate(v.toString()) + "，可用：" + names(values),
          "unknown value " + abbreviate(v.toString()) + "; known values: " + names(values));
      return null;
    }

    private void unknownFields(JsonNode n, Set<String> known, String pathPrefix) {
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!known.contains(f)) {
          add(
              pathPrefix + f,
              "UNKNOWN_FIELD",
              "未知字段“" + abbreviate(f) + "”",
              "unknown field \"" + abbreviate(f) + "\"");
        }
      }
    }

    private void add(String path, String code, String zh, String en) {
      violations.add(Violation.of(prefix + path, code, zh, en));
    }

    private static String strip(String prefix) {
      return prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
    }
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
