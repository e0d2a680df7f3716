package org.laborcalc.error;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Configuration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Jakarta Bean Validation for laborcalc's input objects, reporting each broken constraint as a
 * {@link Violation} located by its property path, with messages in Chinese and in English.
 *
 * <p>Each message reads "role (value) must be …": the role is the last segment of the path ({@code
 * amount} for {@code evidence[2].amount}), the value is the rejected one (left out when it is null
 * or the whole object), and the rest comes from the constraint's message template. Templates are
 * predicates in the style of the Jakarta defaults ({@code must be at least {value}}); laborcalc's
 * own keys ({@code {org.laborcalc.required}}, {@code {org.laborcalc.outOfRange}}, …) and the
 * standard {@code jakarta.validation.constraints.*.message} keys are translated in the {@code
 * ValidationMessages} bundles. Both messages are interpolated with an explicit locale ({@code
 * zh_CN} and {@code en}), so the JVM's default locale does not matter.
 *
 * <p>The {@link Violation#code() code} is {@code REQUIRED} for {@code @NotNull}, {@code @NotEmpty}
 * and {@code @NotBlank}; {@code OUT_OF_RANGE} for {@code @Min}, {@code @Max}, {@code @DecimalMin},
 * {@code @DecimalMax}, {@code @Positive}, {@code @PositiveOrZero}, {@code @Negative},
 * {@code @NegativeOrZero} and Hibernate's {@code @Range}; otherwise the annotation's simple name in
 * upper snake case ({@code @PastOrPresent} → {@code PAST_OR_PRESENT}). Violations are sorted by
 * path (indexes numerically), then code.
 *
 * <p>Valid beans made only of records whose constraints are all {@code @NotNull} (a work-injury
 * case, for one) are recognised from their annotations without starting the provider: see {@link
 * NotNullShortcut}. The result is the same; only the time differs, and a program that only ever
 * validates such valid beans never starts Hibernate Validator, so nothing is written to its log.
 *
 * <p>Thread-safe and stateless: the validator is built once, on the first bean the shortcut cannot
 * prove valid, by the Jakarta Validation provider on the class or module path (Hibernate Validator,
 * with Expressly for {@code ${…}} expressions; this module requires {@code jakarta.el}, so that on
 * the module path the Expression Language and its implementation are resolved without flags), and
 * is immutable. Message parameters that a custom validator adds through Hibernate's {@code
 * HibernateConstraintValidatorContext} are not available to the two-language interpolation;
 * constraint attributes and {@code ${validatedValue}} are.
 */
public final class BeanValidation {

  /** The locale of every {@link Violation#messageZh()}. */
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /** The locale of every {@link Violation#messageEn()}. */
  static final Locale EN = Locale.ENGLISH;

  private static final int MAX_VALUE_LENGTH = 40;

  private static final Set<String> REQUIRED =
      Set.of(
          "jakarta.validation.constraints.NotNull",
          "jakarta.validation.constraints.NotEmpty",
          "jakarta.validation.constraints.NotBlank");

  private static final Set<String> OUT_OF_RANGE =
      Set.of(
          "jakarta.validation.constraints.Min",
          "jakarta.validation.constraints.Max",
          "jakarta.validation.constraints.DecimalMin",
          "jakarta.validation.constraints.DecimalMax",
          "jakarta.validation.constraints.Positive",
          "jakarta.validation.constraints.PositiveOrZero",
          "jakarta.validation.constraints.Negative",
          "jakarta.validation.constraints.NegativeOrZero",
          "org.hibernate.validator.constraints.Range");

  /** Needs no provider: a valid bean it recognises never starts one. */
  private static final NotNullShortcut SHORTCUT = new NotNullShortcut();

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::path, BeanValidation::comparePaths)
          .thenComparing(Violation::code)
          .thenComparing(Violation::messageEn);

  private BeanValidation() {}

  /**
   * Every constraint {@code bean} breaks, cascading through {@code @Valid} properties and elements;
   * an empty list when it is valid.
   *
   * @return an immutable list, sorted by path
   */
  public static List<Violation> validate(Object bean) {
    requireNonNull(bean, "bean");
    if (SHORTCUT.provablyValid(bean)) {
      // Valid input, proved from its annotations without starting the provider (see there).
      return List.of();
    }
    return Engine.VALIDATOR.validate(bean).stream()
        .map(BeanValidation::toViolation)
        .distinct()
        .sorted(ORDER)
        .toList();
  }

  /**
   * {@code bean} itself when it is valid.
   *
   * @throws InvalidInputException with every violation when it is not
   */
  public static <T> T validateOrThrow(T bean) {
    List<Violation> violations = validate(bean);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    return bean;
  }

  /** The upper-snake code for a constraint annotation type, as described in the class comment. */
  static String codeOf(Class<? extends Annotation> constraint) {
    String name = constraint.getName();
    if (REQUIRED.contains(name)) {
      return "REQUIRED";
    }
    if (OUT_OF_RANGE.contains(name)) {
      return "OUT_OF_RANGE";
    }
    return upperSnake(constraint.getSimpleName());
  }

  /** {@code PastOrPresent} → {@code PAST_OR_PRESENT}, {@code URL} → {@code URL}. */
  static String upperSnake(String camel) {
    StringBuilder sb = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char before = camel.charAt(i - 1);
        boolean wordAfterAcronym =
            Character.isUpperCase(before)
                && i + 1 < camel.length()
                && Character.isLowerCase(camel.charAt(i + 1));
        if (Character.isLowerCase(before) || Character.isDigit(before) || wordAfterAcronym) {
          sb.append('_');
        }
      }
      sb.append(Character.toUpperCase(c));
    }
    return sb.toString();
  }

  private static Violation toViolation(ConstraintViolation<?> cv) {
    String path = render(cv.getPropertyPath());
    ConstraintDescriptor<?> descriptor = cv.getConstraintDescriptor();
    MessageInterpolator.Context context = new Context(descriptor, cv.getInvalidValue());
    String template = cv.getMessageTemplate();
    String predicateZh = Engine.INTERPOLATOR.interpolate(template, context, ZH);
    String predicateEn = Engine.INTERPOLATOR.interpolate(template, context, EN);

    int lastDot = path.lastIndexOf('.');
    String role = path.isEmpty() ? null : path.substring(lastDot + 1);
    String value = isWholeObject(cv.getPropertyPath()) ? null : show(cv.getInvalidValue());

    String zh =
        (role == null ? "输入" : role)
            + (value == null ? (role == null ? "" : " ") : "（" + value + "）")
            + predicateZh;
    String en =
        (role == null ? "input" : role)
            + (value == null ? "" : " (" + value + ")")
            + " "
            + predicateEn;
    return Violation.of(path, codeOf(descriptor.getAnnotation().annotationType()), zh, en);
  }

  /**
   * {@code injury.date}, {@code evidence[2].amount}, {@code amounts[0]} for a container element,
   * {@code byMonth[2019-12]} for a map value; empty for the root object.
   */
  static String render(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object where = node.getIndex() != null ? node.getIndex() : node.getKey();
        sb.append('[').append(where == null ? "" : where).append(']');
      }
      String name = node.getName();
      boolean named =
          name != null
              && node.getKind() != ElementKind.CONTAINER_ELEMENT
              && node.getKind() != ElementKind.BEAN;
      if (named) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(name);
      }
    }
    return sb.toString();
  }

  private static boolean isWholeObject(Path path) {
    Path.Node last = null;
    for (Path.Node node : path) {
      last = node;
    }
    return last == null || last.getKind() == ElementKind.BEAN;
  }

  private static String show(Object value) {
    if (value == null) {
      return null;
    }
    String text = value instanceof CharSequence ? "\"" + value + "\"" : String.valueOf(value);
    return text.length() <= MAX_VALUE_LENGTH
        ? text
        : text.substring(0, MAX_VALUE_LENGTH - 3) + "...";
  }

  /** Compares paths with indexes as numbers, so that {@code e[2]} sorts before {@code e[10]}. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isAsciiDigit(ca) && isAsciiDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        String da = stripLeadingZeros(a.substring(i, endA));
        String db = stripLeadingZeros(b.substring(j, endB));
        int byLength = Integer.compare(da.length(), db.length());
        int cmp = byLength != 0 ? byLength : da.compareTo(db);
        if (cmp != 0) {
          return cmp;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && isAsciiDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }

  /** Built on first use (holder idiom): class initialisation makes it safely published. */
  private static final class Engine {
    /** The provider's resource-bundle interpolator, asked for each locale explicitly. */
    static final MessageInterpolator INTERPOLATOR;

    static final Validator VALIDATOR;

    static {
      try {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        INTERPOLATOR = configuration.getDefaultMessageInterpolator();
        // Violations keep their templates; interpolating in the default locale would be wasted.
        VALIDATOR =
            configuration
                .messageInterpolator(new TemplateOnly())
                .buildValidatorFactory()
                .getValidator();
      } catch (RuntimeException | LinkageError e) {
        throw new IllegalStateException(
            "Bean Validation (jakarta.validation) must find Hibernate Validator and Jakarta"
                + " Expression Language (org.glassfish.expressly) at run time: laborcalc-core"
                + " depends on both, so check that they were not excluded from the application",
            e);
      }
    }

    private Engine() {}
  }

  /** Leaves templates as they are; {@link #toViolation} interpolates them per locale. */
  private static final class TemplateOnly implements MessageInterpolator {
    @Override
    public String interpolate(String messageTemplate, MessageInterpolator.Context context) {
      return messageTemplate;
    }

    @Override
    public String interpolate(
        String messageTemplate, MessageInterpolator.Context context, Locale locale) {
      return messageTemplate;
    }
  }

  /** What a message template may refer to: the constraint's attributes and the rejected value. */
  private static final class Context implements MessageInterpolator.Context {
    private final ConstraintDescriptor<?> descriptor;
    private final Object value;

    Context(ConstraintDescriptor<?> descriptor, Object value) {
      this.descriptor = descriptor;
      this.value = value;
    }

    @Override
    public ConstraintDescriptor<?> getConstraintDescriptor() {
      return descriptor;
    }

    @Override
    public Object getValidatedValue() {
      return value;
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new ValidationException(
          "type (" + type.getName() + ") must be one this context can be unwrapped to: none");
    }
  }
}
