package org.laborcalc.error;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the Bean Validation annotations of a type are, as {@link NotNullShortcut} must know them to
 * mirror the provider: on a record's class or methods, anywhere in a type's hierarchy, inside a
 * type argument, array component or bound. An annotation of Bean Validation is one of {@code
 * jakarta.validation}, of Hibernate Validator, or meta-annotated with {@code @Constraint}.
 */
final class ValidationAnnotations {
  private ValidationAnnotations() {}

  /** A Bean Validation annotation on the record's class or on any method it or its types have. */
  static boolean annotatedOutsideComponents(Class<?> record) {
    if (any(record.getDeclaredAnnotations())) {
      return true;
    }
    Set<String> accessors = new HashSet<>();
    for (RecordComponent c : record.getRecordComponents()) {
      accessors.add(c.getName());
    }
    for (Method m : record.getDeclaredMethods()) {
      boolean accessor = m.getParameterCount() == 0 && accessors.contains(m.getName());
      if (accessor ? !sameAsField(record, m) : annotated(m)) {
        return true;
      }
    }
    for (Field f : record.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && annotated(f)) {
        return true; // not read by the provider, but not worth mirroring that
      }
    }
    for (Class<?> i : record.getInterfaces()) {
      if (annotatedAnywhere(i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an accessor carries exactly the Bean Validation annotations of its component's field,
   * as the compiler propagates them; an accessor written by hand may add its own.
   */
  private static boolean sameAsField(Class<?> record, Method accessor) {
    Field field;
    try {
      field = record.getDeclaredField(accessor.getName());
    } catch (NoSuchFieldException e) {
      return false;
    }
    return shown(accessor.getDeclaredAnnotations(), accessor.getAnnotatedReturnType())
        .equals(shown(field.getDeclaredAnnotations(), field.getAnnotatedType()));
  }

  /** The Bean Validation annotations of a declaration and of its type, each with where it is. */
  private static Set<String> shown(Annotation[] declaration, AnnotatedType type) {
    Set<String> out = new HashSet<>();
    for (Annotation a : declaration) {
      if (isValidationAnnotation(a)) {
        out.add("/" + a);
      }
    }
    collect(type, "", out);
    return out;
  }

  private static void collect(AnnotatedType type, String where, Set<String> out) {
    for (Annotation a : type.getDeclaredAnnotations()) {
      if (isValidationAnnotation(a)) {
        out.add(where + "/" + a);
      }
    }
    List<AnnotatedType> inner = inner(type);
    for (int i = 0; i < inner.size(); i++) {
      collect(inner.get(i), where + "<" + i + ">", out);
    }
  }

  /** A Bean Validation annotation anywhere in {@code type}, its superclasses and interfaces. */
  static boolean annotatedAnywhere(Class<?> type) {
    Deque<Class<?>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (c == Object.class || !seen.add(c)) {
        continue;
      }
      if (any(c.getDeclaredAnnotations())) {
        return true;
      }
      for (Field f : c.getDeclaredFields()) {
        if (annotated(f)) {
          return true;
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (annotated(m)) {
          return true;
        }
      }
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(List.of(c.getInterfaces()));
    }
    return false;
  }

  private static boolean annotated(Field f) {
    return any(f.getDeclaredAnnotations())
        || any(f.getAnnotatedType().getDeclaredAnnotations())
        || annotatedWithin(f.getAnnotatedType());
  }

  private static boolean annotated(Method m) {
    if (any(m.getDeclaredAnnotations())
        || any(m.getAnnotatedReturnType().getDeclaredAnnotations())
        || annotatedWithin(m.getAnnotatedReturnType())) {
      return true;
    }
    for (Annotation[] p : m.getParameterAnnotations()) {
      if (any(p)) {
        return true;
      }
    }
    return false;
  }

  /** A Bean Validation annotation on a type argument, array component or bound of {@code type}. */
  static boolean annotatedWithin(AnnotatedType type) {
    for (AnnotatedType t : inner(type)) {
      if (any(t.getDeclaredAnnotations()) || annotatedWithin(t)) {
        return true;
      }
    }
    return false;
  }

  /** The type arguments, array component or wildcard bounds of {@code type}. */
  private static List<AnnotatedType> inner(AnnotatedType type) {
    List<AnnotatedType> inner = new ArrayList<>();
    if (type instanceof AnnotatedParameterizedType p) {
      inner.addAll(List.of(p.getAnnotatedActualTypeArguments()));
    } else if (type instanceof AnnotatedArrayType a) {
      inner.add(a.getAnnotatedGenericComponentType());
    } else if (type instanceof AnnotatedWildcardType w) {
      inner.addAll(List.of(w.getAnnotatedUpperBounds()));
      inner.addAll(List.of(w.getAnnotatedLowerBounds()));
    }
    return inner;
  }

  private static boolean any(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (isValidationAnnotation(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An annotation the provider may read: one of Jakarta Validation's or Hibernate Validator's, a
   * constraint (meta-annotated {@link Constraint}), or the container of repeated constraints.
   */
  static boolean isValidationAnnotation(Annotation a) {
    Class<? extends Annotation> t = a.annotationType();
    String name = t.getName();
    if (name.startsWith("jakarta.validation.") || name.startsWith("org.hibernate.validator.")) {
      return true;
    }
    if (t.isAnnotationPresent(Constraint.class)) {
      return true;
    }
    try {
      Method value = t.getDeclaredMethod("value");
      Class<?> r = value.getReturnType();
      return r.isArray()
          && r.getComponentType().isAnnotation()
          && r.getComponentType().isAnnotationPresent(Constraint.class);
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
