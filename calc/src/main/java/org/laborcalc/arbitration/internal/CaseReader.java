package org.laborcalc.arbitration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laborcalc.arbitration.ArbitrationCase;
import org.laborcalc.arbitration.ArbitrationCase.CaseParty;
import org.laborcalc.arbitration.ArbitrationCase.Claim;
import org.laborcalc.arbitration.ArbitrationCase.LimitationEvent;
import org.laborcalc.arbitration.ArbitrationOptions;
import org.laborcalc.arbitration.ClaimType;
import org.laborcalc.arrears.WageArrearsCalculation;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.internal.CaseFields;
import org.laborcalc.doublewage.DoubleWageCalculation;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.finality.MinimumWageDate;
import org.laborcalc.illegal.IllegalEmploymentCalculation;
import org.laborcalc.injury.WorkInjuryCalculation;
import org.laborcalc.leave.AnnualLeaveCalculation;
import org.laborcalc.limitation.InterruptionKind;
import org.laborcalc.limitation.LastDayRule;
import org.laborcalc.limitation.SuspensionCause;
import org.laborcalc.overtime.OvertimeCalculation;
import org.laborcalc.region.Region;
import org.laborcalc.result.Party;
import org.laborcalc.severance.SeveranceCalculation;

/**
 * Reads the {@code case} and {@code options} of an arbitration case file ({@code
 * docs/schema/arbitration-case.schema.json}). The facts the claims share are stated once at the
 * case root; each claim is the case of its own calculation without them: the reader copies into the
 * claim the shared facts that calculation reads ({@link Projection}) and lets that calculation's
 * reader read it, so each claim is read exactly as a file of its kind. A problem its reader finds
 * is moved to where the fact is written: a shared fact at the case root ({@code
 * case.termination.date}), a claim's own fact in the claim ({@code case.claims[2].days[0].hours});
 * a fact the claim needs and the case does not state is reported at the claim, naming the fact
 * ("claim c3 needs case.employment.start"). Thread-safe.
 */
public final class CaseReader {
  private CaseReader() {}

  /** The calculation of each claim type's kind: the built-in ones. */
  static final Map<String, Calculation<?, ?>> KINDS = kinds();

  private static Map<String, Calculation<?, ?>> kinds() {
    Map<String, Calculation<?, ?>> m = new LinkedHashMap<>();
    for (Calculation<?, ?> c :
        List.<Calculation<?, ?>>of(
            WorkInjuryCalculation.INSTANCE,
            IllegalEmploymentCalculation.INSTANCE,
            SeveranceCalculation.INSTANCE,
            AnnualLeaveCalculation.INSTANCE,
            OvertimeCalculation.INSTANCE,
            DoubleWageCalculation.INSTANCE,
            WageArrearsCalculation.INSTANCE)) {
      m.put(c.kind(), c);
    }
    return m;
  }

  /** The calculations that claims are computed by. */
  public static List<Calculation<?, ?>> calculations() {
    return List.copyOf(KINDS.values());
  }

  /**
   * A shared fact copied into a claim: the value at {@code root} (dotted, from {@code case}) is
   * written at {@code target} in the claim's case. When the claim states the fact itself, it must
   * state the same value, unless {@code claimMayDiffer} (a default the claim may replace).
   */
  record Projection(String root, String target, boolean claimMayDiffer) {
    static Projection same(String path) {
      return new Projection(path, path, false);
    }
  }

  private static final List<Projection> SEVERANCE_FACTS =
      List.of(
          Projection.same("region"),
          Projection.same("employment.start"),
          Projection.same("termination"),
          Projection.same("noticePay"),
          Projection.same("reinstatement"),
          Projection.same("priorService"),
          Projection.same("pre2008MonthsFound"),
          Projection.same("wage"));

  /** The shared facts each kind reads, in the shape its own case file has them. */
  static List<Projection> projections(ClaimType type) {
    return switch (type.kind()) {
      case "severance" -> SEVERANCE_FACTS;
      case "double-wage" ->
          List.of(
              Projection.same("region"),
              Projection.same("employment.start"),
              Projection.same("employment.end"),
              Projection.same("payDay"),
              new Projection("applicationDate", "asOf", true));
      case "annual-leave" ->
          List.of(
              Projection.same("region"),
              Projection.same("employment.start"),
              Projection.same("employment.end"));
      case "wage-arrears" ->
          List.of(
              Projection.same("region"),
              Projection.same("employment.end"),
              Projection.same("payDay"));
      case "work-injury" ->
          List.of(
              Projection.same("region"),
              Projection.same("employment.start"),
              new Projection("termination.date", "employment.termination.date", false),
              new Projection(
                  "termination.initiatedBy", "employment.termination.initiatedBy", false),
              Projection.same("wage"));
      default -> List.of(Projection.same("region"));
    };
  }

  private static final Set<String> ROOT_FIELDS =
      Set.of(
          "region",
          "applicationDate",
          "awardDate",
          "parties",
          "employment",
          "termination",
          "noticePay",
          "reinstatement",
          "priorService",
          "pre2008MonthsFound",
          "wage",
          "payDay",
          "claims",
          "limitationEvents");

  /** The fields of a claim that are the arbitration's, not its calculation's. */
  private static final Set<String> CLAIM_FIELDS = Set.of("id", "type", "knownOn", "options");

  /** At most this many claims: an application lists a handful. */
  static final int MAX_CLAIMS = 50;

  /** The case and options as read. */
  public record Read(ArbitrationCase arbitrationCase, ArbitrationOptions options) {}

  /**
   * The case and options.
   *
   * @throws InvalidInputException listing every problem, paths from the file's root
   */
  public static Read read(JsonNode caseNode, JsonNode optionsNode) {
    List<Violation> out = new ArrayList<>();
    ArbitrationOptions options = options(optionsNode, out);
    if (caseNode == null || !caseNode.isObject()) {
      out.add(Violation.of("case", "INVALID_TYPE", "case 须为对象", "case must be an object"));
      throw new InvalidInputException(out);
    }
    for (Map.Entry<String, JsonNode> e : caseNode.properties()) {
      if (!ROOT_FIELDS.contains(e.getKey())) {
        out.add(unknown("case." + e.getKey(), e.getKey()));
      }
    }
    Region region =
        CaseFields.region(text(caseNode, "region", "case.region", out), "case.region", out);
    LocalDate applied = date(caseNode.get("applicationDate"), "case.applicationDate", true, out);
    LocalDate award = date(caseNode.get("awardDate"), "case.awardDate", false, out);
    if (applied != null && award != null && award.isBefore(applied)) {
      out.add(
          Violation.of(
              "case.awardDate",
              "BEFORE_START",
              "裁决日（" + award + "）不得早于申请仲裁日（" + applied + "）",
              "the award date ("
                  + award
                  + ") must not be before the application ("
                  + applied
                  + ")"));
    }
    if (options.minimumWageDate() == MinimumWageDate.AWARD_DATE && award == null) {
      out.add(
          Violation.of(
              "case.awardDate",
              "REQUIRED",
              "选项 finality.minimumWageDate 为 AWARD_DATE 时须载明裁决日",
              "the option finality.minimumWageDate = AWARD_DATE needs the award date"));
    }
    List<CaseParty> parties = parties(caseNode.get("parties"), out);
    JsonNode emp = caseNode.get("employment");
    LocalDate start =
        emp == null ? null : date(emp.get("start"), "case.employment.start", false, out);
    LocalDate end = emp == null ? null : date(emp.get("end"), "case.employment.end", false, out);
    JsonNode term = caseNode.get("termination");
    LocalDate terminated =
        term == null ? null : date(term.get("date"), "case.termination.date", false, out);
    List<Claim> claims = claims(caseNode, out);
    Set<String> ids = new HashSet<>();
    claims.forEach(c -> ids.add(c.id()));
    List<LimitationEvent> events = events(caseNode.get("limitationEvents"), ids, applied, out);
    if (!out.isEmpty()) {
      throw new InvalidInputException(out);
    }
    return new Read(
        new ArbitrationCase(
            region, applied, award, parties, start, end, terminated, claims, events),
        options);
  }

  private static ArbitrationOptions options(JsonNode node, List<Violation> out) {
    ArbitrationOptions d = ArbitrationOptions.defaults();
    return CaseFields.options(
        node,
        d,
        d.asMap().keySet(),
        (o, name, v, path) ->
            switch (name) {
              case "limitation.doubleWage" ->
                  new ArbitrationOptions(
                      CaseFields.option(v, ArbitrationOptions.DoubleWageAccrual.class, path),
                      o.annualLeaveAccrual(),
                      o.lastDay(),
                      o.minimumWageDate(),
                      o.annualLeaveClass());
              case "limitation.annualLeave" ->
                  new ArbitrationOptions(
                      o.doubleWageAccrual(),
                      CaseFields.option(v, ArbitrationOptions.AnnualLeaveAccrual.class, path),
                      o.lastDay(),
                      o.minimumWageDate(),
                      o.annualLeaveClass());
              case "limitation.lastDay" ->
                  new ArbitrationOptions(
                      o.doubleWageAccrual(),
                      o.annualLeaveAccrual(),
                      CaseFields.option(v, LastDayRule.class, path),
                      o.minimumWageDate(),
                      o.annualLeaveClass());
              case "finality.minimumWageDate" ->
                  new ArbitrationOptions(
                      o.doubleWageAccrual(),
                      o.annualLeaveAccrual(),
                      o.lastDay(),
                      CaseFields.option(v, MinimumWageDate.class, path),
                      o.annualLeaveClass());
              default ->
                  new ArbitrationOptions(
                      o.doubleWageAccrual(),
                      o.annualLeaveAccrual(),
                      o.lastDay(),
                      o.minimumWageDate(),
                      CaseFields.option(v, ArbitrationOptions.AnnualLeaveClass.class, path));
            },
        out);
  }

  private static List<CaseParty> parties(JsonNode node, List<Violation> out) {
    List<CaseParty> parties = new ArrayList<>();
    if (node == null || node.isNull()) {
      return parties;
    }
    if (!node.isArray()) {
      out.add(
          Violation.of("case.parties", "INVALID_TYPE", "parties 须为数组", "parties must be an array"));
      return parties;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < node.size(); i++) {
      String p = "case.parties[" + i + "]";
      JsonNode n = node.get(i);
      if (!n.isObject()) {
        out.add(Violation.of(p, "INVALID_TYPE", "当事人须为对象", "a party must be an object"));
        continue;
      }
      fieldsOnly(n, p, Set.of("id", "role", "name"), out);
      String id = text(n, "id", p + ".id", out);
      String role = text(n, "role", p + ".role", out);
      String name = n.hasNonNull("name") ? n.get("name").asText() : null;
      Party.Role r = null;
      if (role != null) {
        try {
          r = Party.Role.valueOf(role);
        } catch (IllegalArgumentException e) {
          r = null;
        }
        if (r == null || r == Party.Role.FUND) {
          out.add(
              Violation.of(
                  p + ".role",
                  "INVALID_VALUE",
                  "当事人角色须为 EMPLOYER、CONTRACTOR、ATTRIBUTED_UNIT 之一",
                  "a party's role is one of EMPLOYER, CONTRACTOR, ATTRIBUTED_UNIT"));
          r = null;
        }
      }
      if (id != null && !seen.add(id)) {
        out.add(duplicate(p + ".id", id));
      }
      if (id != null && r != null) {
        parties.add(new CaseParty(id, r, name));
      }
    }
    return parties;
  }

  private static List<Claim> claims(JsonNode root, List<Violation> out) {
    List<Claim> claims = new ArrayList<>();
    JsonNode node = root.get("claims");
    if (node == null || node.isNull()) {
      out.add(CaseFields.required("case.claims"));
      return claims;
    }
    if (!node.isArray() || node.isEmpty()) {
      out.add(
          Violation.of(
              "case.claims",
              "INVALID_TYPE",
              "claims 须为至少含一项请求的数组",
              "claims must be an array of at least one claim"));
      return claims;
    }
    if (node.size() > MAX_CLAIMS) {
      out.add(
          Violation.of(
              "case.claims",
              "TOO_MANY",
              "请求最多" + MAX_CLAIMS + "项（现有" + node.size() + "项）",
              "at most " + MAX_CLAIMS + " claims (" + node.size() + " given)"));
      return claims;
    }
    Set<String> ids = new HashSet<>();
    Map<ClaimType, Integer> types = new LinkedHashMap<>();
    for (int i = 0; i < node.size(); i++) {
      String p = "case.claims[" + i + "]";
      JsonNode n = node.get(i);
      if (!n.isObject()) {
        out.add(Violation.of(p, "INVALID_TYPE", "请求须为对象", "a claim must be an object"));
        continue;
      }
      String id = text(n, "id", p + ".id", out);
      if (id != null && !ids.add(id)) {
        out.add(duplicate(p + ".id", id));
      }
      ClaimType type = null;
      String t = text(n, "type", p + ".type", out);
      if (t != null) {
        try {
          type = ClaimType.valueOf(t);
        } catch (IllegalArgumentException e) {
          List<String> names = java.util.Arrays.stream(ClaimType.values()).map(Enum::name).toList();
          out.add(
              Violation.of(
                  p + ".type",
                  "INVALID_VALUE",
                  "请求类型须为 " + names + " 之一",
                  "a claim's type is one of " + names));
        }
      }
      if (type != null) {
        Integer first = types.putIfAbsent(type, i);
        if (first != null) {
          out.add(
              Violation.of(
                  p + ".type",
                  "DUPLICATE",
                  "同一类请求只列一项（已见于 case.claims[" + first + "]）",
                  "a claim type is listed once (already at case.claims[" + first + "])"));
          type = null;
        }
      }
      LocalDate knownOn = date(n.get("knownOn"), p + ".knownOn", false, out);
      if (id == null || type == null) {
        continue;
      }
      Claim c = claim(root, (ObjectNode) n, id, type, i, knownOn, out);
      if (c != null) {
        claims.add(c);
      }
    }
    return claims;
  }

  private static Claim claim(
      JsonNode root,
      ObjectNode n,
      String id,
      ClaimType type,
      int index,
      LocalDate knownOn,
      List<Violation> out) {
    String p = "case.claims[" + index + "]";
    ObjectNode own = n.deepCopy();
    CLAIM_FIELDS.forEach(own::remove);
    ObjectNode merged = own.deepCopy();
    List<Projection> projections = projections(type);
    List<Projection> fromRoot = new ArrayList<>();
    boolean conflict = false;
    for (Projection pr : projections) {
      JsonNode rv = at(root, pr.root());
      if (rv == null) {
        continue;
      }
      JsonNode cv = at(merged, pr.target());
      if (cv != null) {
        if (!pr.claimMayDiffer() && !cv.equals(rv)) {
          out.add(
              Violation.of(
                  p + "." + pr.target(),
                  "CONFLICTS_WITH_CASE",
                  "请求" + id + "所载事实与案件所载（case." + pr.root() + "）不同；共同事实只在案件中载明一次",
                  "claim "
                      + id
                      + " states this fact otherwise than the case (case."
                      + pr.root()
                      + "); a shared fact is stated once, at the case"));
          conflict = true;
        }
        continue;
      }
      put(merged, pr.target(), rv.deepCopy());
      fromRoot.add(pr);
    }
    if (conflict) {
      return null;
    }
    Calculation<?, ?> calc = KINDS.get(type.kind());
    JsonNode claimOptions = n.get("options");
    Object input;
    try {
      input = calc.read(merged, claimOptions);
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        out.add(relocate(v, id, type, index, own, projections, fromRoot));
      }
      return null;
    }
    LocalDate known = knownOn;
    if (known == null && type.accrual() == ClaimType.Accrual.APPRAISAL) {
      JsonNode a = at(merged, "appraisal.date");
      if (a != null && a.isTextual()) {
        try {
          known = LocalDate.parse(a.asText());
        } catch (DateTimeParseException e) {
          known = null; // its own reader has accepted the case, so this does not happen
        }
      }
      if (known == null) {
        out.add(
            Violation.of(
                p + ".knownOn",
                "REQUIRED",
                "请求" + id + "未载劳动能力鉴定结论日，须载明知道权利被侵害之日（knownOn），以计算仲裁时效",
                "claim "
                    + id
                    + " states no appraisal date: give the day the right was known to be infringed"
                    + " (knownOn) for its time limit"));
        return null;
      }
    }
    return new Claim(id, type, index, calc, input, known);
  }

  /**
   * A problem a claim's own reader found, moved to where the fact is written: at the case root for
   * a shared fact taken from there; at the claim, naming the fact, for a shared fact the case does
   * not state; in the claim for the claim's own facts and options.
   */
  static Violation relocate(
      Violation v,
      String id,
      ClaimType type,
      int index,
      JsonNode own,
      List<Projection> projections,
      List<Projection> fromRoot) {
    String p = "case.claims[" + index + "]";
    String path = v.path();
    String who = "请求" + id + "（" + type.displayName().zh() + "）";
    String whoEn = "claim " + id + " (" + type.displayName().en() + ")";
    if (path.equals("options") || path.startsWith("options.")) {
      return v.at(p + "." + path);
    }
    if (!path.equals("case") && !path.startsWith("case.")) {
      return new Violation(
          path, v.code(), who + "：" + v.messageZh(), whoEn + ": " + v.messageEn(), v.fields());
    }
    String rest = path.equals("case") ? "" : path.substring("case.".length());
    Projection best = null;
    for (Projection pr : projections) {
      if (under(rest, pr.target())
          && (best == null || pr.target().length() > best.target().length())) {
        best = pr;
      }
    }
    if (best == null || (at(own, best.target()) != null && !fromRoot.contains(best))) {
      return v.at(rest.isEmpty() ? p : p + "." + rest);
    }
    String fact = "case." + best.root() + rest.substring(best.target().length());
    if (fromRoot.contains(best)) {
      return new Violation(
          fact, v.code(), who + "：" + v.messageZh(), whoEn + ": " + v.messageEn(), v.fields());
    }
    return new Violation(
        p,
        v.code(),
        who + "需要案件事实 " + fact + "，本案未载明（共同事实在案件中载明一次）：" + v.messageZh(),
        whoEn
            + " needs the fact "
            + fact
            + ", which the case does not state (shared facts are stated once, at the case): "
            + v.messageEn(),
        v.fields());
  }

  private static boolean under(String path, String prefix) {
    return path.equals(prefix) || path.startsWith(prefix + ".") || path.startsWith(prefix + "[");
  }

  private static List<LimitationEvent> events(
      JsonNode node, Set<String> ids, LocalDate applied, List<Violation> out) {
    List<LimitationEvent> events = new ArrayList<>();
    if (node == null || node.isNull()) {
      return events;
    }
    if (!node.isArray()) {
      out.add(
          Violation.of(
              "case.limitationEvents",
              "INVALID_TYPE",
              "limitationEvents 须为数组",
              "limitationEvents must be an array"));
      return events;
    }
    for (int i = 0; i < node.size(); i++) {
      String p = "case.limitationEvents[" + i + "]";
      JsonNode n = node.get(i);
      if (!n.isObject()) {
        out.add(Violation.of(p, "INVALID_TYPE", "时效事由须为对象", "an event must be an object"));
        continue;
      }
      fieldsOnly(n, p, Set.of("interruption", "suspension", "date", "from", "to", "claims"), out);
      boolean isInterruption = n.has("interruption");
      if (isInterruption == n.has("suspension")) {
        out.add(
            Violation.of(
                p,
                "INVALID_VALUE",
                "时效事由须载明 interruption（中断，第二十七条第二款）或 suspension（中止，第三款）之一",
                "an event names one of interruption (art. 27 ¶2) or suspension (¶3)"));
        continue;
      }
      List<String> claims = new ArrayList<>();
      JsonNode cs = n.get("claims");
      if (cs != null && !cs.isNull()) {
        if (!cs.isArray()) {
          out.add(
              Violation.of(
                  p + ".claims",
                  "INVALID_TYPE",
                  "claims 须为请求编号数组",
                  "claims must be an array of claim ids"));
        } else {
          for (int j = 0; j < cs.size(); j++) {
            String cid = cs.get(j).asText();
            if (!ids.contains(cid)) {
              out.add(
                  Violation.of(
                      p + ".claims[" + j + "]",
                      "UNKNOWN_CLAIM",
                      "无此请求编号：" + cid,
                      "no claim has the id " + cid));
            }
            claims.add(cid);
          }
        }
      }
      if (isInterruption) {
        InterruptionKind kind =
            enumValue(n.get("interruption"), InterruptionKind.class, p + ".interruption", out);
        LocalDate d = date(n.get("date"), p + ".date", true, out);
        if (d != null && applied != null && d.isAfter(applied)) {
          out.add(afterApplication(p + ".date", d, applied));
          d = null;
        }
        if (kind != null && d != null) {
          events.add(new LimitationEvent(i, kind, null, d, null, claims));
        }
      } else {
        SuspensionCause cause =
            enumValue(n.get("suspension"), SuspensionCause.class, p + ".suspension", out);
        LocalDate from = date(n.get("from"), p + ".from", true, out);
        LocalDate to = date(n.get("to"), p + ".to", true, out);
        if (from != null && to != null && to.isBefore(from)) {
          out.add(
              Violation.of(
                  p + ".to",
                  "BEFORE_START",
                  "中止结束日（" + to + "）不得早于开始日（" + from + "）",
                  "the suspension's end (" + to + ") must not be before its start (" + from + ")"));
          to = null;
        }
        if (from != null && applied != null && from.isAfter(applied)) {
          out.add(afterApplication(p + ".from", from, applied));
          from = null;
        }
        if (cause != null && from != null && to != null) {
          events.add(new LimitationEvent(i, null, cause, from, to, claims));
        }
      }
    }
    return events;
  }

  private static Violation afterApplication(String path, LocalDate d, LocalDate applied) {
    return Violation.of(
        path,
        "AFTER_APPLICATION",
        "时效事由（" + d + "）不得晚于申请仲裁日（" + applied + "）",
        "an event (" + d + ") must not be after the application (" + applied + ")");
  }

  private static <E extends Enum<E>> E enumValue(
      JsonNode v, Class<E> type, String path, List<Violation> out) {
    if (v == null || v.isNull()) {
      out.add(CaseFields.required(path));
      return null;
    }
    try {
      return CaseFields.option(v, type, path);
    } catch (InvalidInputException e) {
      out.addAll(e.violations());
      return null;
    }
  }

  private static void fieldsOnly(JsonNode n, String path, Set<String> names, List<Violation> out) {
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      if (!names.contains(e.getKey())) {
        out.add(unknown(path + "." + e.getKey(), e.getKey()));
      }
    }
  }

  private static Violation unknown(String path, String name) {
    return Violation.of(path, "UNKNOWN_FIELD", "未知字段：" + name, "unknown field " + name);
  }

  private static Violation duplicate(String path, String id) {
    return Violation.of(path, "DUPLICATE", "编号重复：" + id, "the id " + id + " is used twice");
  }

  private static String text(JsonNode n, String field, String path, List<Violation> out) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      out.add(CaseFields.required(path));
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      out.add(
          Violation.of(
              path, "INVALID_TYPE", path + " 须为非空字符串", path + " must be a non-empty string"));
      return null;
    }
    return v.asText();
  }

  private static LocalDate date(JsonNode v, String path, boolean required, List<Violation> out) {
    if (v == null || v.isNull()) {
      if (required) {
        out.add(CaseFields.required(path));
      }
      return null;
    }
    if (v.isTextual()) {
      try {
        return LocalDate.parse(v.asText());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    out.add(
        Violation.of(
            path,
            "INVALID_DATE",
            "日期须为 YYYY-MM-DD 格式的字符串",
            "a date is a string in the form YYYY-MM-DD"));
    return null;
  }

  /** The node at a dotted path, or null when any step is absent or null. */
  static JsonNode at(JsonNode node, String dotted) {
    JsonNode n = node;
    for (String step : dotted.split("\\.")) {
      if (n == null || !n.isObject()) {
        return null;
      }
      n = n.get(step);
    }
    return n == null || n.isNull() ? null : n;
  }

  private static void put(ObjectNode node, String dotted, JsonNode value) {
    String[] steps = dotted.split("\\.");
    ObjectNode n = node;
    for (int i = 0; i < steps.length - 1; i++) {
      JsonNode next = n.get(steps[i]);
      if (next == null || !next.isObject()) {
        next = n.putObject(steps[i]);
      }
      n = (ObjectNode) next;
    }
    n.set(steps[steps.length - 1], value);
  }
}
