package org.laborcalc.error;

import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A quick proof that a bean is valid, for the common case of valid input: Bean Validation then has
 * nothing to report, and running the provider only to learn that cost most of a work-injury case's
 * time. A bean that is not proved valid goes to the provider, which finds and words every violation
 * as before, so the result never changes.
 *
 * <p>The proof is built per class from the provider's own metadata ({@link
 * Validator#getConstraintsForClass}) and only for beans it can fully mirror: records (whose fields
 * are what the provider reads) whose every constraint, in every group, is {@link NotNull} on a
 * property or on the elements of a list or set, cascading through {@code @Valid} properties and
 * elements. Checking every group is stricter than the default group alone, and the provider skips
 * nothing the proof checks, so "proved valid" implies "no violation". Any other constraint, a
 * class-level constraint, a wrapper the provider unwraps ({@link Optional}), a map, an array, a
 * nested container, a class that is not a record but has constraints, or a graph deeper than {@link
 * #MAX_DEPTH} means no proof: the provider decides. Immutable and thread-safe.
 */
final class NotNullShortcut {

  /** Deeper graphs (or a cycle) are left to the provider, which tracks what it has visited. */
  static final int MAX_DEPTH = 32;

  private final Validator validator;

  private final ClassValue<Plan> plans =
      new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
          return plan(type);
        }
      };

  NotNullShortcut(Validator validator) {
    this.validator = validator;
  }

  /** True only when {@code bean} certainly has no violation; false when the provider must look. */
  boolean provablyValid(Object bean) {
    try {
      return valid(bean, 0);
    } catch (RuntimeException e) {
      // A proof that cannot be completed is no proof; the provider will see the same bean.
      return false;
    }
  }

  private boolean valid(Object bean, int depth) {
    Plan plan = plans.get(bean.getClass());
    if (plan == Plan.NOTHING_TO_CHECK) {
      return true;
    }
    if (plan == Plan.UNSUPPORTED || depth >= MAX_DEPTH) {
      return false;
    }
    for (Check check : plan.checks) {
      Object value;
      try {
        value = check.field.get(bean);
      } catch (IllegalAccessException e) {
        return false;
      }
      if (value == null) {
        if (check.notNull) {
          return false;
        }
        continue;
      }
      if (check.cascade && (isContainer(value) || !valid(value, depth + 1))) {
        // A container at run time behind a plain declared type: the provider may cascade into
        // its elements, which is not mirrored.
        return false;
      }
      if (check.elementsNotNull || check.cascadeElements) {
        for (Object element : (Iterable<?>) value) {
          if (element == null) {
            if (check.elementsNotNull) {
              return false;
            }
          } else if (check.cascadeElements && !valid(element, depth + 1)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private Plan plan(Class<?> type) {
    BeanDescriptor bean;
    try {
      bean = validator.getConstraintsForClass(type);
    } catch (ValidationException | IllegalArgumentException e) {
      return Plan.UNSUPPORTED;
    }
    if (!bean.isBeanConstrained()) {
      return Plan.NOTHING_TO_CHECK;
    }
    if (!type.isRecord() || bean.hasConstraints()) {
      return Plan.UNSUPPORTED;
    }
    List<Check> checks = new ArrayList<>();
    for (PropertyDescriptor p : bean.getConstrainedProperties()) {
      Check check = check(type, p);
      if (check == null) {
        return Plan.UNSUPPORTED;
      }
      checks.add(check);
    }
    return new Plan(List.copyOf(checks));
  }

  /** The check of one property, or null when it cannot be mirrored. */
  private static Check check(Class<?> type, PropertyDescriptor p) {
    Field field;
    try {
      field = type.getDeclaredField(p.getPropertyName());
      field.setAccessible(true);
    } catch (NoSuchFieldException | SecurityException | InaccessibleObjectException e) {
      return null;
    }
    Class<?> declared = field.getType();
    boolean container =
        Iterable.class.isAssignableFrom(declared)
            || Map.class.isAssignableFrom(declared)
            || declared.isArray()
            || unwrappedByDefault(declared);
    boolean notNull = false;
    for (ConstraintDescriptor<?> c : p.getConstraintDescriptors()) {
      if (!isPlainNotNull(c) || unwrappedByDefault(declared)) {
        return null;
      }
      notNull = true;
    }
    // @Valid on a container property cascades into its elements (the legacy form): not mirrored.
    if (p.isCascaded() && container) {
      return null;
    }
    boolean elementsNotNull = false;
    boolean cascadeElements = false;
    for (ContainerElementTypeDescriptor e : p.getConstrainedContainerElementTypes()) {
      boolean listOrSet = List.class == declared || Set.class == declared;
      boolean collection = Collection.class == declared || Iterable.class == declared;
      if (!(listOrSet || collection)
          || e.getTypeArgumentIndex() == null
          || e.getTypeArgumentIndex() != 0
          || !e.getConstrainedContainerElementTypes().isEmpty()) {
        return null;
      }
      for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
        if (!isPlainNotNull(c)) {
          return null;
        }
        elementsNotNull = true;
      }
      cascadeElements |= e.isCascaded();
    }
    return new Check(field, notNull, p.isCascaded(), elementsNotNull, cascadeElements);
  }

  private static boolean isPlainNotNull(ConstraintDescriptor<?> c) {
    return c.getAnnotation().annotationType() == NotNull.class
        && c.getComposingConstraints().isEmpty()
        && c.getValueUnwrapping() != ValidateUnwrappedValue.UNWRAP;
  }

  private static boolean isContainer(Object value) {
    return value instanceof Iterable
        || value instanceof Map
        || value.getClass().isArray()
        || unwrappedByDefault(value.getClass());
  }

  /** Types whose value extractors the provider applies by default: a constraint means the value. */
  private static boolean unwrappedByDefault(Class<?> type) {
    return type == Optional.class
        || type == OptionalInt.class
        || type == OptionalLong.class
        || type == OptionalDouble.class
        || type.getName().startsWith("javafx.");
  }

  /** One property: its field and what to check on its value. */
  private record Check(
      Field field,
      boolean notNull,
      boolean cascade,
      boolean elementsNotNull,
      boolean cascadeElements) {}

  /** What to check for one class. */
  private static final class Plan {
    static final Plan NOTHING_TO_CHECK = new Plan(List.of());
    static final Plan UNSUPPORTED = new Plan(List.of());

    final List<Check> checks;

    Plan(List<Check> checks) {
      this.checks = checks;
    }
  }
}
