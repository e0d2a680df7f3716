package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.injury.BenefitItem;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.grade.DailyActivity;
import org.laborcalc.injury.grade.SelfCareLevel;
import org.laborcalc.law.Verification;
import org.laborcalc.retirement.RetirementCategory;
import org.laborcalc.wage.ConflictPolicy;
import org.laborcalc.wage.EvidenceKind;
import org.laborcalc.wage.GrossUpPolicy;
import org.laborcalc.wage.PartialMonthPolicy;

/**
 * Breaks a valid case file in small, reproducible ways for the fuzzing properties: each {@link
 * Mutation} is plain data (an operation and three numbers), so jqwik can generate and shrink it,
 * and applying it is deterministic. The numbers pick the node (by its index in document order), the
 * replacement and the size of a shift.
 */
final class CaseMutator {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]+");
  private static final Pattern REGION = Pattern.compile("\\d{6}");

  /** What a mutation does to the node it picks. */
  enum Op {
    /** Removes the field or array element. */
    DROP,
    /** Writes the field twice (the second time perhaps changed), or repeats an array element. */
    DUPLICATE,
    /** Replaces the value by one of another type: string, number, array, object, null, boolean. */
    RETYPE,
    /** Shifts a date, month, amount or number; swaps a code or region for another; flips a flag. */
    PERTURB,
    /** Adds a field the format does not know. */
    UNKNOWN_FIELD,
    /** Adds a part of a case (a suspension, stays, payments, a death…) around the injury date. */
    ADD_PART,
    /**
     * Changes a value within what is valid: an amount by some fen, a grade within 1 to 10, a flag;
     * leaves anything else alone. For variants that stay computable.
     */
    NUDGE
  }

  /**
   * One change: {@code op} at the {@code target}-th node, choosing {@code choice}, by {@code
   * shift}.
   */
  record Mutation(Op op, int target, int choice, int shift) {}

  /** Every enum constant a case file may hold, for swapping one code for another. */
  static final List<String> CODES =
      Stream.of(
              BenefitItem.values(),
              WorkInjuryCase.InsuranceStatus.values(),
              InitiatedBy.values(),
              WorkInjuryCase.Relation.values(),
              EvidenceKind.values(),
              SelfCareLevel.values(),
              DailyActivity.values(),
              RetirementCategory.values(),
              CalculationOptions.RegimeRule.values(),
              CalculationOptions.SuspensionDays.values(),
              CalculationOptions.PensionCapAllocation.values(),
              ConflictPolicy.values(),
              GrossUpPolicy.values(),
              PartialMonthPolicy.values(),
              Verification.values())
          .flatMap(Arrays::stream)
          .map(Enum::name)
          .distinct()
          .sorted()
          .toList();

  /** Region codes: the examples', other provinces and prefectures, the nation, and non-codes. */
  static final List<String> REGIONS =
      List.of(
          "330100", "370800", "410100", "440100", "320100", "510100", "130100", "420100", "110000",
          "330000", "000000", "999999", "330106", "33010", "3301000", "33010O", "");

  private static final List<String> BOUNDARY_DATES =
      List.of(
          "1949-09-30",
          "1949-10-01",
          "2003-12-31",
          "2004-01-01",
          "2010-12-31",
          "2011-01-01",
          "2100-12-31",
          "2101-01-01",
          "0000-01-01",
          "9999-12-31",
          "2019-02-29",
          "2020-02-29",
          "2019-13-01",
          "2019-12-32");

  private CaseMutator() {}

  /** The document after the mutations, as UTF-8 bytes. */
  static byte[] apply(ObjectNode original, List<Mutation> mutations) {
    ObjectNode root = original.deepCopy();
    Map<ObjectNode, Map<String, JsonNode>> duplicates = new IdentityHashMap<>();
    for (Mutation m : mutations) {
      apply(root, m, duplicates);
    }
    StringBuilder sb = new StringBuilder();
    write(root, sb, duplicates);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** A node of the tree with what holds it: an object's field or an array's element. */
  private record Slot(JsonNode parent, String field, int index, JsonNode node) {
    void set(JsonNode value) {
      if (parent instanceof ObjectNode o) {
        o.set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }

    void remove() {
      if (parent instanceof ObjectNode o) {
        o.remove(field);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }

  private static List<Slot> slots(JsonNode root) {
    List<Slot> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(JsonNode n, List<Slot> out) {
    if (n instanceof ObjectNode o) {
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        out.add(new Slot(o, e.getKey(), -1, e.getValue()));
        collect(e.getValue(), out);
      }
    } else if (n instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        out.add(new Slot(a, null, i, a.get(i)));
        collect(a.get(i), out);
      }
    }
  }

  private static void apply(
      ObjectNode root, Mutation m, Map<ObjectNode, Map<String, JsonNode>> duplicates) {
    List<Slot> slots = slots(root);
    if (slots.isEmpty()) {
      return;
    }
    Slot s = slots.get(Math.floorMod(m.target(), slots.size()));
    switch (m.op()) {
      case DROP -> s.remove();
      case DUPLICATE -> {
        JsonNode again = m.choice() % 2 == 0 ? s.node().deepCopy() : perturbed(s.node(), m);
        if (s.parent() instanceof ObjectNode o) {
          duplicates.computeIfAbsent(o, k -> new LinkedHashMap<>()).put(s.field(), again);
        } else {
          ((ArrayNode) s.parent()).insert(s.index() + 1, again);
        }
      }
      case RETYPE -> s.set(retyped(s.node(), m.choice()));
      case PERTURB -> s.set(perturbed(s.node(), m));
      case UNKNOWN_FIELD -> {
        ObjectNode target =
            s.node() instanceof ObjectNode o ? o : s.parent() instanceof ObjectNode p ? p : root;
        target.put("x" + Math.floorMod(m.choice(), 100), m.shift());
      }
      case ADD_PART -> addPart(root, m);
      case NUDGE -> {
        JsonNode n = s.node();
        if (n.isTextual()
            && AMOUNT.matcher(n.textValue()).matches()
            && n.textValue().contains(".")) {
          BigDecimal a = new BigDecimal(n.textValue()).add(BigDecimal.valueOf(m.shift(), 2));
          s.set(
              F.textNode(a.max(BigDecimal.ONE).setScale(2, RoundingMode.HALF_UP).toPlainString()));
        } else if (n.isIntegralNumber() && n.intValue() >= 1 && n.intValue() <= 10) {
          s.set(F.numberNode(1 + Math.floorMod(n.intValue() + m.shift(), 10)));
        } else if (n.isBoolean()) {
          s.set(F.booleanNode(!n.booleanValue()));
        }
      }
    }
  }

  /** A value of another JSON type (or a hostile one of the same type). */
  static JsonNode retyped(JsonNode old, int choice) {
    List<JsonNode> pool =
        List.of(
            F.textNode(""),
            F.textNode("x"),
            F.textNode("2019-12-18"),
            F.textNode("6500.00"),
            F.textNode(old.isValueNode() ? old.asText() : old.toString()),
            F.numberNode(0),
            F.numberNode(-0.0),
            F.numberNode(1),
            F.numberNode(9),
            F.numberNode(11),
            F.numberNode(-1),
            F.numberNode(new BigDecimal("1.5")),
            F.numberNode(new BigDecimal("1E+400")),
            F.numberNode(2_147_483_655L),
            F.numberNode(new BigDecimal("6500.00")),
            F.arrayNode(),
            F.arrayNode().add(old.deepCopy()),
            F.objectNode(),
            F.objectNode().put("x", 1),
            F.nullNode(),
            F.booleanNode(true),
            F.booleanNode(false));
    return pool.get(Math.floorMod(choice, pool.size()));
  }

  /** The value shifted or swapped within its kind; other values are retyped. */
  static JsonNode perturbed(JsonNode n, Mutation m) {
    int c = Math.floorMod(m.choice(), 1000);
    int shift = m.shift();
    if (n.isTextual()) {
      String t = n.textValue();
      if (DATE.matcher(t).matches()) {
        if (c % 5 == 0) {
          return F.textNode(BOUNDARY_DATES.get(c / 5 % BOUNDARY_DATES.size()));
        }
        try {
          return F.textNode(LocalDate.parse(t).plusDays(shift).toString());
        } catch (RuntimeException e) {
          return F.textNode(t);
        }
      }
      if (MONTH.matcher(t).matches()) {
        try {
          return F.textNode(YearMonth.parse(t).plusMonths(shift % 1200).toString());
        } catch (RuntimeException e) {
          return F.textNode(t);
        }
      }
      if (REGION.matcher(t).matches() || t.isEmpty()) {
        return F.textNode(REGIONS.get(c % REGIONS.size()));
      }
      if (AMOUNT.matcher(t).matches()) {
        return F.textNode(amount(new BigDecimal(t), c, shift));
      }
      if (CODE.matcher(t).matches()) {
        return F.textNode(c % 10 == 0 ? t.toLowerCase(Locale.ROOT) : CODES.get(c % CODES.size()));
      }
      return F.textNode(c % 2 == 0 ? t + t : t.substring(0, t.length() / 2));
    }
    if (n.isIntegralNumber()) {
      return F.numberNode(n.longValue() + shift % 15);
    }
    if (n.isNumber()) {
      return F.numberNode(n.decimalValue().add(BigDecimal.valueOf(shift, 2)));
    }
    if (n.isBoolean()) {
      return F.booleanNode(!n.booleanValue());
    }
    return retyped(n, c);
  }

  /** An amount changed in one of the ways people and tools get amounts wrong. */
  private static String amount(BigDecimal a, int c, int shift) {
    return switch (c % 12) {
      case 0 -> "0";
      case 1 -> a.negate().toPlainString();
      case 2 -> a.movePointRight(1 + c / 12 % 8).toPlainString();
      case 3 -> a.movePointLeft(1 + c / 12 % 3).toPlainString();
      case 4 -> a.toPlainString() + "1";
      case 5 -> a.toPlainString() + ".001";
      case 6 -> a.toString().replace(".", ",");
      case 7 -> a.stripTrailingZeros().toString();
      case 8 -> " " + a.toPlainString();
      default -> a.add(BigDecimal.valueOf(shift, 2)).max(BigDecimal.ZERO).toPlainString();
    };
  }

  /** Adds a part of a case, dated around the case's injury, so that variants stay computable. */
  private static void addPart(ObjectNode root, Mutation m) {
    JsonNode c = root.get("case");
    if (!(c instanceof ObjectNode cs)) {
      return;
    }
    LocalDate injury;
    try {
      injury = LocalDate.parse(cs.path("injury").path("date").asText());
    } catch (RuntimeException e) {
      injury = LocalDate.of(2020, 1, 1);
    }
    int days = Math.floorMod(m.shift(), 800);
    int c100 = Math.floorMod(m.choice(), 100);
    String amount = (100 + c100 * 97) + "." + (c100 % 10) + "0";
    try {
      addPart(root, cs, Math.floorMod(m.choice(), 8), injury, days, c100, amount);
    } catch (UnsupportedOperationException e) {
      // An earlier mutation made the place a value of another type: nothing to add to.
    }
  }

  private static void addPart(
      ObjectNode root,
      ObjectNode cs,
      int part,
      LocalDate injury,
      int days,
      int c100,
      String amount) {
    switch (part) {
      case 0 -> {
        ObjectNode s = cs.putObject("suspension");
        s.put("start", injury.toString());
        s.put("endInclusive", injury.plusDays(days).toString());
        s.put("extensionConfirmed", days > 365);
      }
      case 1 -> {
        ArrayNode stays = cs.withArrayProperty("hospitalStays");
        LocalDate from = injury.plusDays(stays.size() * 100L);
        stays
            .addObject()
            .put("from", from.toString())
            .put("toInclusive", from.plusDays(days % 90).toString());
      }
      case 2 -> cs.withArrayProperty("alreadyPaid").addObject().put("amount", amount);
      case 3 ->
          cs.withArrayProperty("expenses")
              .addObject()
              .put("item", c100 % 2 == 0 ? "MEDICAL_EXPENSES" : "FOLLOW_UP_TREATMENT")
              .put("amount", amount)
              .put("date", injury.plusDays(days).toString());
      case 4 -> {
        ObjectNode a = cs.putObject("appraisal");
        a.put("date", injury.plusDays(30 + days).toString());
        a.putArray("itemGrades").add(1 + c100 % 10).add(1 + c100 / 10 % 10);
      }
      case 5 -> {
        ObjectNode d = cs.putObject("death");
        d.put("date", injury.plusDays(days % 60).toString());
        ArrayNode deps = d.putArray("dependants");
        deps.addObject()
            .put("name", "配偶")
            .put("relation", "SPOUSE")
            .put("birthDate", injury.minusYears(30 + c100 % 30).toString());
        if (c100 % 3 != 0) {
          deps.addObject()
              .put("name", "子")
              .put("relation", "CHILD")
              .put("birthDate", injury.minusYears(c100 % 17).toString());
        }
      }
      case 6 -> {
        ObjectNode e = cs.withObjectProperty("employment");
        e.putObject("termination")
            .put("date", injury.plusDays(60 + days).toString())
            .put("initiatedBy", c100 % 2 == 0 ? "WORKER" : "CONTRACT_EXPIRY");
      }
      default ->
          root.withObjectProperty("options").put("asOf", injury.plusDays(days * 3L).toString());
    }
  }

  /** JSON text of the tree, each marked field written a second time after the first. */
  private static void write(
      JsonNode n, StringBuilder sb, Map<ObjectNode, Map<String, JsonNode>> duplicates) {
    if (n instanceof ObjectNode o) {
      sb.append('{');
      boolean first = true;
      Map<String, JsonNode> again = duplicates.getOrDefault(o, Map.of());
      for (Map.Entry<String, JsonNode> e : o.properties()) {
        first = field(sb, first, e.getKey(), e.getValue(), duplicates);
        if (again.containsKey(e.getKey())) {
          first = field(sb, first, e.getKey(), again.get(e.getKey()), duplicates);
        }
      }
      sb.append('}');
    } else if (n instanceof ArrayNode a) {
      sb.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        write(a.get(i), sb, duplicates);
      }
      sb.append(']');
    } else {
      sb.append(n.toString());
    }
  }

  private static boolean field(
      StringBuilder sb,
      boolean first,
      String name,
      JsonNode value,
      Map<ObjectNode, Map<String, JsonNode>> duplicates) {
    if (!first) {
      sb.append(",\n");
    }
    sb.append(F.textNode(name).toString()).append(": ");
    write(value, sb, duplicates);
    return false;
  }
}
