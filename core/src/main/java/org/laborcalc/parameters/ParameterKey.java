package org.laborcalc.parameters;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.laborcalc.money.Money;

/**
 * The name and type of a statutory parameter, e.g. {@code injury.disabilitySubsidy.months}, a table
 * with keys 1 to 10. Immutable; keys are compared by name.
 *
 * @param <T> the Java type of the value: {@link BigDecimal}, {@link Money}, {@link Table}, or a
 *     record for structured rules
 */
public final class ParameterKey<T> {

  /** How a value is written in a pack. */
  public enum Kind {
    /** A JSON number, read exactly as a decimal. */
    NUMBER,
    /** A JSON string with at most two decimals. */
    MONEY,
    /** An object of string keys to numbers. */
    TABLE,
    /** An object read into a typed rule record; unknown fields are errors. */
    STRUCTURED
  }

  private final String name;
  private final Kind kind;
  private final Class<T> valueClass;
  private final String descriptionZh;
  private final String descriptionEn;
  private final BigDecimal min;
  private final BigDecimal max;
  private final ImmutableSet<String> tableKeys;
  private final boolean yearly;

  private ParameterKey(
      String name,
      Kind kind,
      Class<T> valueClass,
      String descriptionZh,
      String descriptionEn,
      BigDecimal min,
      BigDecimal max,
      Set<String> tableKeys,
      boolean yearly) {
    this.name = requireNonNull(name, "name");
    if (!name.matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+")) {
      throw new IllegalArgumentException(
          "parameter key (\"" + name + "\") must be dot-separated camelCase words");
    }
    this.kind = kind;
    this.valueClass = valueClass;
    this.descriptionZh = requireNonNull(descriptionZh, "descriptionZh");
    this.descriptionEn = requireNonNull(descriptionEn, "descriptionEn");
    this.min = min;
    this.max = max;
    this.tableKeys = ImmutableSet.copyOf(tableKeys);
    this.yearly = yearly;
  }

  /** A decimal number bounded by {@code [min, max]}. */
  public static ParameterKey<BigDecimal> number(
      String name, String descriptionZh, String descriptionEn, BigDecimal min, BigDecimal max) {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    return new ParameterKey<>(
        name,
        Kind.NUMBER,
        BigDecimal.class,
        descriptionZh,
        descriptionEn,
        min,
        max,
        Set.of(),
        false);
  }

  /** An amount of money, positive. */
  public static ParameterKey<Money> money(String name, String descriptionZh, String descriptionEn) {
    return money(name, descriptionZh, descriptionEn, Money.of(Money.MAX_ABS));
  }

  /**
   * An amount of money, positive and at most {@code max}: the largest figure of its kind that is
   * plausible, so that a mistyped figure (a wage of 10^12) is refused where it is read rather than
   * multiplied into a result.
   */
  public static ParameterKey<Money> money(
      String name, String descriptionZh, String descriptionEn, Money max) {
    requireNonNull(max, "max");
    if (!max.isPositive()) {
      throw new IllegalArgumentException("max (" + max + ") must be positive");
    }
    return new ParameterKey<>(
        name,
        Kind.MONEY,
        Money.class,
        descriptionZh,
        descriptionEn,
        new BigDecimal("0.01"),
        max.amount(),
        Set.of(),
        false);
  }

  /**
   * A yearly statistic in money (an average wage, a disposable income: the 上年度 figures), published
   * once per calendar year: every entry covers exactly one calendar year, {@code [Y-01-01,
   * Y+1-01-01)}, so that the figure of year Y is never used for another year.
   */
  public static ParameterKey<Money> yearlyMoney(
      String name, String descriptionZh, String descriptionEn, Money max) {
    ParameterKey<Money> k = money(name, descriptionZh, descriptionEn, max);
    return new ParameterKey<>(
        k.name, k.kind, k.valueClass, descriptionZh, descriptionEn, k.min, k.max, Set.of(), true);
  }

  /** A table with exactly the given keys, each figure within {@code [min, max]}. */
  public static ParameterKey<Table> table(
      String name,
      String descriptionZh,
      String descriptionEn,
      List<String> keys,
      BigDecimal min,
      BigDecimal max) {
    requireNonNull(min, "min");
    requireNonNull(max, "max");
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("table keys must not be empty");
    }
    // ImmutableSet keeps the declared order (grade 1 first); Set.copyOf's order changes from one
    // JVM run to the next, and so would every message that lists the keys or names a missing one.
    return new ParameterKey<>(
        name,
        Kind.TABLE,
        Table.class,
        descriptionZh,
        descriptionEn,
        min,
        max,
        ImmutableSet.copyOf(keys),
        false);
  }

  /**
   * A structured rule read into {@code type} by Jackson (unknown fields rejected); the type's
   * constructor validates it.
   */
  public static <R> ParameterKey<R> structured(
      String name, String descriptionZh, String descriptionEn, Class<R> type) {
    requireNonNull(type, "type");
    return new ParameterKey<>(
        name, Kind.STRUCTURED, type, descriptionZh, descriptionEn, null, null, Set.of(), false);
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public Class<T> valueClass() {
    return valueClass;
  }

  public String descriptionZh() {
    return descriptionZh;
  }

  public String descriptionEn() {
    return descriptionEn;
  }

  /** Lower bound of a number, table or money figure (inclusive), null for other kinds. */
  public BigDecimal min() {
    return min;
  }

  /** Upper bound of a number, table or money figure (inclusive), null for other kinds. */
  public BigDecimal max() {
    return max;
  }

  /**
   * The keys a table must have, all of them and no others, in the order declared; empty for other
   * kinds.
   */
  public Set<String> tableKeys() {
    return tableKeys;
  }

  /**
   * True for a yearly statistic ({@link #yearlyMoney}): its entries cover one calendar year each,
   * and a result names the year it needs rather than a day.
   */
  public boolean isYearly() {
    return yearly;
  }

  /** Casts a value read for this key. */
  public T cast(Object value) {
    return valueClass.cast(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParameterKey<?> k && name.equals(k.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
