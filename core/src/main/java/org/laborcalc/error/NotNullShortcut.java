package org.laborcalc.error;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A quick proof that a bean is valid, for the common case of valid input: Bean Validation then has
 * nothing to report, and starting the provider only to learn that costs time and, on its first use,
 * writes Hibernate Validator's version line to the application's log (and needs Jakarta Expression
 * Language on the module path). A bean that is not proved valid goes to the provider, which finds
 * and words every violation as before, so the result never changes.
 *
 * <p>The proof is built per class, by reflection over the annotations Bean Validation reads (the
 * class, its fields, its methods and interfaces, and the type arguments of the fields), and only
 * for beans it can fully mirror: records whose every Bean Validation annotation is {@link NotNull}
 * or {@link Valid} on a component or on the elements of a {@link List}, {@link Set}, {@link
 * Collection} or {@link Iterable} component, cascading through {@code @Valid} components and
 * elements. {@code @NotNull} is checked in every group, which is stricter than the default group
 * alone, and the provider skips nothing the proof checks, so "proved valid" implies "no violation".
 * Any other constraint (composed or custom: any annotation meta-annotated with {@link Constraint}),
 * any other annotation of {@code jakarta.validation} or Hibernate Validator (group sequences, group
 * conversion), a constraint on the class or on a method, a wrapper the provider unwraps ({@link
 * Optional}), a map, an array, a nested container, a class that is not a record but carries a Bean
 * Validation annotation, a graph deeper than {@link #MAX_DEPTH}, or a {@code
 * META-INF/validation.xml} (whose mappings may add constraints that no annotation shows) means no
 * proof: the provider decides. Immutable and thread-safe.
 */
final class NotNullShortcut {

  /** Deeper graphs (or a cycle) are left to the provider, which tracks what it has visited. */
  static final int MAX_DEPTH = 32;

  private static final String VALIDATION_XML = "META-INF/validation.xml";

  /** False when XML mappings may constrain what the annotations do not show. */
  private final boolean enabled;

  private final ClassValue<Plan> plans =
      new ClassValue<>() {
        @Override
        protected Plan computeValue(Class<?> type) {
          return plan(type);
        }
      };

  NotNullShortcut() {
    this(!validationXmlVisible());
  }

  NotNullShortcut(boolean enabled) {
    this.enabled = enabled;
  }

  /** True only when {@code bean} certainly has no violation; false when the provider must look. */
  boolean provablyValid(Object bean) {
    if (!enabled) {
      return false;
    }
    try {
      return valid(bean, 0);
    } catch (RuntimeException e) {
      // A proof that cannot be completed is no proof; the provider will see the same bean.
      return false;
    }
  }

  private static boolean validationXmlVisible() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader own = NotNullShortcut.class.getClassLoader();
    return (context != null && context.getResource(VALIDATION_XML) != null)
        || (own != null && own.getResource(VALIDATION_XML) != null)
        || ClassLoader.getSystemResource(VALIDATION_XML) != null;
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

  private static Plan plan(Class<?> type) {
    if (!type.isRecord()) {
      return ValidationAnnotations.annotatedAnywhere(type)
          ? Plan.UNSUPPORTED
          : Plan.NOTHING_TO_CHECK;
    }
    if (ValidationAnnotations.annotatedOutsideComponents(type)) {
      return Plan.UNSUPPORTED;
    }
    List<Check> checks = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Check check;
      try {
        Field field = type.getDeclaredField(component.getName());
        check = check(field);
        if (check != null && check.checksSomething()) {
          field.setAccessible(true);
        }
      } catch (NoSuchFieldException | SecurityException | InaccessibleObjectException e) {
        return Plan.UNSUPPORTED;
      }
      if (check == null) {
        return Plan.UNSUPPORTED;
      }
      if (check.checksSomething()) {
        checks.add(check);
      }
    }
    return checks.isEmpty() ? Plan.NOTHING_TO_CHECK : new Plan(List.copyOf(checks));
  }

  /**
   * The check of one record component's field, or null when it cannot be mirrored. An annotation
   * applicable both to the field and to its type is seen on both; the two are one constraint.
   */
  private static Check check(Field field) {
    Class<?> declared = field.getType();
    AnnotatedType type = field.getAnnotatedType();
    Set<Class<? extends Annotation>> own = new HashSet<>();
    for (Annotation a : concat(field.getDeclaredAnnotations(), type.getDeclaredAnnotations())) {
      if (ValidationAnnotations.isValidationAnnotation(a)) {
        if (!(a instanceof NotNull) && !(a instanceof Valid)) {
          return null;
        }
        own.add(a.annotationType());
      }
    }
    boolean notNull = own.contains(NotNull.class);
    boolean cascade = own.contains(Valid.class);
    boolean container =
        Iterable.class.isAssignableFrom(declared)
            || Map.class.isAssignableFrom(declared)
            || declared.isArray()
            || unwrappedByDefault(declared);
    if (unwrappedByDefault(declared) && !own.isEmpty()) {
      // A constraint on an Optional means its value.
      return null;
    }
    if (cascade && container) {
      // @Valid on a container property cascades into its elements (the legacy form): not mirrored.
      return null;
    }
    boolean elementsNotNull = false;
    boolean cascadeElements = false;
    if (type instanceof AnnotatedParameterizedType parameterized) {
      AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
      for (int i = 0; i < arguments.length; i++) {
        Set<Class<? extends Annotation>> onElement = new HashSet<>();
        for (Annotation a : arguments[i].getDeclaredAnnotations()) {
          if (ValidationAnnotations.isValidationAnnotation(a)) {
            onElement.add(a.annotationType());
          }
        }
        if (ValidationAnnotations.annotatedWithin(arguments[i])) {
          return null; // a nested container with constraints
        }
        if (onElement.isEmpty()) {
          continue;
        }
        boolean listOrSet = List.class == declared || Set.class == declared;
        boolean collection = Collection.class == declared || Iterable.class == declared;
        if (!(listOrSet || collection) || i != 0) {
          return null;
        }
        for (Class<? extends Annotation> a : onElement) {
          if (a != NotNull.class && a != Valid.class) {
            return null;
          }
        }
        elementsNotNull = onElement.contains(NotNull.class);
        cascadeElements = onElement.contains(Valid.class);
      }
    } else if (ValidationAnnotations.annotatedWithin(type)) {
      return null; // an array's component type, a wildcard or a type variable with constraints
    }
    return new Check(field, notNull, cascade, elementsNotNull, cascadeElements);
  }

  private static Annotation[] concat(Annotation[] a, Annotation[] b) {
    Annotation[] all = new Annotation[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
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
      boolean cascadeElements) {
    boolean checksSomething() {
      return notNull || cascade || elementsNotNull || cascadeElements;
    }
  }

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
