package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laborcalc.injury.grade.DisabilityGrade;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;

/**
 * Reads a JSON tree into a record by reflection over its components: a component's JSON field is
 * its name, it is required when it carries {@link NotNull} (the constraint Bean Validation checks
 * on the typed case), and its Java type says how its value is read. What the records alone do not
 * say — defaults, JSON forms of their own, cross-field checks, the codes of the evidence of pay —
 * is {@link CaseShapes}'. Every problem becomes a located violation in {@link Violations}, and
 * reading goes on, so that one pass reports them all; a record with a problem in one of its fields
 * is not built (null). Unknown fields, wrong types, missing required fields, bad dates and amounts
 * are all violations, never a silent default. Not thread-safe: one per document.
 */
final class RecordReader {
  private final Violations problems;
  private final Map<JsonNode, Object> built = new IdentityHashMap<>();

  RecordReader(Violations problems) {
    this.problems = problems;
  }

  Violations problems() {
    return problems;
  }

  /** The value of {@code type} at {@code path}, or null when it has a problem (recorded). */
  <T> T read(Class<T> type, JsonNode n, String path) {
    return type.cast(value(type, n, path, false));
  }

  /** The record or shaped value already built from exactly this node, or null. */
  Object builtFrom(JsonNode n) {
    return n == null ? null : built.get(n);
  }

  /** The value of a field, null when absent or JSON null (which the format treats alike). */
  static JsonNode get(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v;
  }

  private Object value(Type type, JsonNode v, String path, boolean evidence) {
    Class<?> raw = raw(type);
    if (raw == List.class || raw == Set.class) {
      return collection(raw, ((ParameterizedType) type).getActualTypeArguments()[0], v, path);
    }
    CaseShapes.Form<?, ?> form = CaseShapes.form(raw);
    if (form != null) {
      Object read = record(form.form(), v, path);
      Object value = read == null ? null : form.convert(read);
      if (value != null) {
        built.put(v, value);
      }
      return value;
    }
    // Value types that are records or enums themselves, with JSON forms of their own.
    if (raw == Region.class) {
      return Scalars.region(problems, v, path);
    }
    if (raw == DisabilityGrade.class) {
      Integer g =
          Scalars.integer(
              problems,
              v,
              path,
              1,
              10,
              "伤残等级（1 为一级，最重；10 为十级，最轻）",
              "disability grade (1 most severe, 10 least severe)");
      return g == null ? null : DisabilityGrade.of(g);
    }
    if (raw.isRecord()) {
      return record(raw, v, path);
    }
    if (raw.isEnum()) {
      return Scalars.enumValue(problems, raw, v, path, evidence);
    }
    if (raw == String.class) {
      return Scalars.text(problems, v, path);
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (!v.isBoolean()) {
        problems.wrongType(path, v, "布尔值 true 或 false", "a boolean, true or false");
        return null;
      }
      return v.booleanValue();
    }
    if (raw == LocalDate.class) {
      return Scalars.date(problems, v, path);
    }
    if (raw == YearMonth.class) {
      return Scalars.month(problems, v, path);
    }
    if (raw == BigDecimal.class) {
      return Scalars.decimal(problems, v, path);
    }
    if (raw == Integer.class) {
      // A count whose range is the case's rule, checked with the other cross-field rules.
      return Scalars.integer(
          problems, v, path, Integer.MIN_VALUE, Integer.MAX_VALUE, "整数", "whole number");
    }
    if (raw == Money.class) {
      return Scalars.money(problems, v, path, evidence ? "MALFORMED_AMOUNT" : "INVALID_AMOUNT");
    }
    throw new AssertionError("no JSON form for " + type);
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
  }

  /** What reflection says of a record type, found once per type. */
  private record Components(
      RecordComponent[] all, List<String> names, boolean[] required, Constructor<?> canonical) {
    static Components of(Class<?> type) {
      RecordComponent[] all = type.getRecordComponents();
      boolean[] required = new boolean[all.length];
      for (int i = 0; i < all.length; i++) {
        required[i] = isRequired(all[i]);
      }
      Class<?>[] types = Arrays.stream(all).map(RecordComponent::getType).toArray(Class<?>[]::new);
      try {
        return new Components(
            all,
            Arrays.stream(all).map(RecordComponent::getName).toList(),
            required,
            type.getDeclaredConstructor(types));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor of " + type.getName(), e);
      }
    }
  }

  private static final ClassValue<Components> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected Components computeValue(Class<?> type) {
          return Components.of(type);
        }
      };

  private <R> R record(Class<R> type, JsonNode n, String path) {
    if (!n.isObject()) {
      problems.wrongType(path, n, "JSON 对象", "a JSON object");
      return null;
    }
    Components cs = COMPONENTS.get(type);
    unknownFields(n, path, cs.names());
    // A stray field is reported but the record is still built from the fields it knows, so that
    // the checks of its content (an evidence month after the injury) run in the same pass.
    int before = problems.count();
    boolean evidence = CaseShapes.isEvidence(type);
    Map<String, Object> read = new LinkedHashMap<>();
    for (int i = 0; i < cs.all().length; i++) {
      RecordComponent c = cs.all()[i];
      String p = Violations.at(path, c.getName());
      JsonNode v = get(n, c.getName());
      Object value;
      if (v != null) {
        value = value(c.getGenericType(), v, p, evidence);
      } else if (cs.required()[i]) {
        problems.required(p, c.getName());
        value = null;
      } else {
        value = CaseShapes.absent(type, c.getName(), read);
        if (value == null && c.getType() == boolean.class) {
          value = false;
        }
      }
      read.put(c.getName(), value);
    }
    CaseShapes.check(type, read, n, path, this);
    if (problems.count() != before) {
      return null;
    }
    Object r = construct(cs.canonical(), read.values().toArray(), path);
    if (r != null) {
      built.put(n, r);
    }
    return type.cast(r);
  }

  /** A violation for each field of the object {@code n} that is not one of {@code names}. */
  void unknownFields(JsonNode n, String path, List<String> names) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!names.contains(name)) {
        problems.add(
            Violations.at(path, name),
            "UNKNOWN_FIELD",
            "未知字段“" + Violations.shorten(name) + "”；此处允许的字段为：" + String.join("、", names),
            "unknown field \""
                + Violations.shorten(name)
                + "\"; the fields allowed here are "
                + names);
      }
    }
  }

  /** Required: {@link NotNull} on the component (its accessor carries it too). */
  static boolean isRequired(RecordComponent c) {
    return c.getAccessor().isAnnotationPresent(NotNull.class);
  }

  private Object construct(Constructor<?> canonical, Object[] args, String path) {
    try {
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      // The record's own check refused values each valid alone: a caller mistake to report.
      String why = String.valueOf(e.getCause().getMessage());
      problems.add(path, "INVALID_VALUE", "取值无效：" + why, "invalid value: " + why);
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + canonical.getDeclaringClass(), e);
    }
  }

  private Object collection(Class<?> kind, Type element, JsonNode v, String path) {
    if (!v.isArray()) {
      problems.wrongType(path, v, "JSON 数组", "a JSON array");
      return null;
    }
    Integer max = CaseShapes.maxElements(raw(element));
    if (max != null && v.size() > max) {
      problems.add(
          path,
          "TOO_MANY",
          "条目（" + v.size() + " 项）超过 " + max + " 项",
          "items (" + v.size() + ") must not exceed " + max);
      return null;
    }
    int before = problems.count();
    List<Object> out = new ArrayList<>(v.size());
    Set<Object> seen = new LinkedHashSet<>();
    for (int i = 0; i < v.size(); i++) {
      String pi = Violations.at(path, i);
      JsonNode n = v.get(i);
      if (n.isNull()) {
        problems.add(pi, "REQUIRED", "数组元素不能为 null", "an array element must not be null");
        continue;
      }
      Object value = value(element, n, pi, false);
      if (value != null && kind == Set.class && !seen.add(value)) {
        problems.add(
            pi,
            "DUPLICATE_VALUE",
            "“" + value + "”重复列出",
            "the value " + value + " is listed twice");
      }
      out.add(value);
    }
    if (problems.count() != before) {
      return null;
    }
    return kind == Set.class ? seen : out;
  }
}
