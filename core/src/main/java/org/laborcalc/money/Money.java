package org.laborcalc.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An amount of money in yuan (CNY, 人民币元), exact to the fen (分): always scale 2.
 *
 * <p>Immutable and thread-safe. Addition and subtraction are exact. Every operation that could lose
 * precision ({@link #times(BigDecimal, RoundingMode)}, {@link #dividedBy(BigDecimal,
 * RoundingMode)}) takes an explicit {@link RoundingMode}; when a computation needs more scale than
 * the fen on its way, use {@link ExactMoney} and round once, at a named point, with {@link
 * ExactMoney#roundToFen()}.
 *
 * <p>{@link #equals(Object)} and {@link #compareTo(Money)} agree, because the scale is always 2.
 * The string form is the plain decimal with two places ({@code "58500.00"}), and {@code
 * parse(m.toString()).equals(m)} holds for every {@code m}. In JSON a Money is a string with two
 * decimals, never a JSON number, so that no binary floating point ever touches an amount.
 */
public final class Money implements Comparable<Money> {
  private static final Pattern TEXT_FORM = Pattern.compile("-?\\d{1,13}(\\.\\d{1,2})?");

  /** Decimal places of the fen. */
  public static final int SCALE = 2;

  /** The rounding used at every named rounding point unless a rule says otherwise: 四舍五入. */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.HALF_UP;

  /** Zero yuan. */
  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

  /**
   * Amounts beyond this magnitude (one trillion yuan) are refused as absurd: no labour-dispute
   * amount comes near it, and the bound keeps arithmetic on hostile input cheap.
   */
  public static final BigDecimal MAX_ABS = new BigDecimal("1000000000000.00");

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * The exact amount given, which must not have more than two significant decimals.
   *
   * @throws IllegalArgumentException if {@code amount} has more than two decimals that are not
   *     zero, or its magnitude exceeds {@link #MAX_ABS}
   */
  public static Money of(BigDecimal amount) {
    requireNonNull(amount, "amount");
    checkRange(amount);
    // Strip first: a hostile "1E-1000000000" must be refused without dividing by 10^1000000000.
    // A scale of at most 2 (every sum and difference of two amounts) has no excess decimals, and
    // skipping the strip spares a new BigDecimal on each of them.
    if (amount.scale() > SCALE
        && amount.signum() != 0
        && amount.stripTrailingZeros().scale() > SCALE) {
      throw new IllegalArgumentException(
          "amount (" + describe(amount) + ") must not have more than 2 decimals");
    }
    return new Money(normalizeZero(amount.setScale(SCALE, RoundingMode.UNNECESSARY)));
  }

  /** A whole number of yuan. */
  public static Money ofYuan(long yuan) {
    return of(BigDecimal.valueOf(yuan));
  }

  /**
   * Parses a plain decimal such as {@code "6500"}, {@code "6500.5"} or {@code "6500.50"}; refuses
   * exponents, signs other than a leading minus, grouping separators and more than two decimals.
   */
  public static Money parse(String text) {
    requireNonNull(text, "text");
    if (!TEXT_FORM.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "amount (\""
              + abbreviate(text)
              + "\") must be a plain decimal with at most 2 decimals, such as \"6500.00\"");
    }
    return of(new BigDecimal(text));
  }

  /** The amount rounded to the fen with the given mode. */
  public static Money rounded(BigDecimal amount, RoundingMode rounding) {
    requireNonNull(amount, "amount");
    requireNonNull(rounding, "rounding");
    checkRange(amount);
    BigDecimal value = amount;
    if (value.signum() != 0 && value.precision() - value.scale() < -3) {
      // |amount| < 0.0001: every rounding mode treats it as it treats ±0.0001, and the proxy
      // spares setScale a division by a huge power of ten when the scale is hostile (1E-1000000).
      value = BigDecimal.valueOf(value.signum(), 4);
    }
    return new Money(normalizeZero(value.setScale(SCALE, rounding)));
  }

  /** The amount as a {@link BigDecimal} of scale 2. */
  public BigDecimal amount() {
    return amount;
  }

  /** This amount as an exact intermediate value. */
  public ExactMoney toExact() {
    return ExactMoney.of(amount);
  }

  /**
   * The exact sum.
   *
   * @throws IllegalArgumentException if the sum exceeds {@link #MAX_ABS} in magnitude
   */
  public Money plus(Money other) {
    requireNonNull(other, "other");
    return of(amount.add(other.amount));
  }

  /**
   * The exact difference.
   *
   * @throws IllegalArgumentException if the difference exceeds {@link #MAX_ABS} in magnitude
   */
  public Money minus(Money other) {
    requireNonNull(other, "other");
    return of(amount.subtract(other.amount));
  }

  public Money negated() {
    return new Money(normalizeZero(amount.negate()));
  }

  /** This amount times a factor, rounded to the fen with {@code rounding}. */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    requireNonNull(factor, "factor");
    return rounded(amount.multiply(factor), rounding);
  }

  /** This amount times a whole number: exact. */
  public Money times(long factor) {
    return of(amount.multiply(BigDecimal.valueOf(factor)));
  }

  /**
   * This amount divided by a divisor, rounded to the fen with {@code rounding}.
   *
   * @throws ArithmeticException if {@code divisor} is zero, or {@code rounding} is {@link
   *     RoundingMode#UNNECESSARY} and the quotient needs rounding
   * @throws IllegalArgumentException if the quotient exceeds {@link #MAX_ABS} in magnitude
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    requireNonNull(divisor, "divisor");
    requireNonNull(rounding, "rounding");
    BigDecimal quotient = divide(amount, divisor, SCALE, rounding, MAX_ABS);
    checkRange(quotient);
    return new Money(normalizeZero(quotient));
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public int signum() {
    return amount.signum();
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /** The larger of the two; this one when they are equal. */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** The smaller of the two; this one when they are equal. */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && amount.equals(m.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** The plain decimal with two places, e.g. {@code "58500.00"}; the JSON form too. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }

  /** Grouped for people: {@code "58,500.00"}. Not parseable by {@link #parse(String)}. */
  public String toGroupedString() {
    // The same text as String.format(Locale.ROOT, "%,.2f", amount), which looked up the locale's
    // number symbols on every call: most of the time of a whole case went there. The amount is
    // always scale 2, so the plain form ends in ".dd" and needs no rounding.
    String plain = amount.toPlainString();
    int digitsFrom = plain.charAt(0) == '-' ? 1 : 0;
    int point = plain.length() - 1 - SCALE;
    StringBuilder sb = new StringBuilder(plain.length() + (point - digitsFrom) / 3);
    sb.append(plain, 0, digitsFrom);
    for (int i = digitsFrom; i < point; i++) {
      if (i > digitsFrom && (point - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(plain.charAt(i));
    }
    return sb.append(plain, point, plain.length()).toString();
  }

  private static void checkRange(BigDecimal amount) {
    if (amount.abs().compareTo(MAX_ABS) > 0) {
      throw new IllegalArgumentException(
          "amount (" + describe(amount) + ") must not exceed 10^12 yuan in magnitude");
    }
  }

  /**
   * {@code dividend / divisor} at {@code scale}, refusing before dividing a quotient that would
   * certainly exceed {@code limit} (a power of ten), and answering a quotient far below the last
   * place without dividing: BigDecimal would otherwise scale by a huge power of ten when a divisor
   * such as {@code 1E-1000000} or {@code 1E+1000000} comes from hostile input.
   */
  static BigDecimal divide(
      BigDecimal dividend, BigDecimal divisor, int scale, RoundingMode rounding, BigDecimal limit) {
    if (divisor.signum() == 0) {
      throw new ArithmeticException("divisor (" + describe(divisor) + ") must not be zero");
    }
    if (dividend.signum() == 0) {
      return BigDecimal.ZERO.setScale(scale);
    }
    // 10^(e-1) <= |x| < 10^e with e = precision - scale, so
    // 10^(eDividend - eDivisor - 1) < |quotient| < 10^(eDividend - eDivisor + 1).
    long exponent = magnitude(dividend) - magnitude(divisor);
    if (exponent - 1 >= magnitude(limit) - 1) {
      throw new IllegalArgumentException(
          "quotient of "
              + describe(dividend)
              + " by divisor ("
              + describe(divisor)
              + ") must not exceed "
              + limit.toPlainString()
              + " in magnitude");
    }
    if (exponent + 1 < -(long) scale - 1) {
      // |quotient| < 10^-(scale + 2), under half a unit of the last place: it rounds exactly as
      // ±10^-(scale + 2) does, whatever the mode.
      return BigDecimal.valueOf((long) dividend.signum() * divisor.signum(), scale + 2)
          .setScale(scale, rounding);
    }
    return dividend.divide(divisor, scale, rounding);
  }

  private static long magnitude(BigDecimal x) {
    return (long) x.precision() - x.scale();
  }

  /** A short printable form of an amount, plain when reasonable. */
  static String describe(BigDecimal amount) {
    boolean plainIsShort = amount.scale() >= -20 && amount.scale() <= 20;
    return abbreviate(plainIsShort ? amount.toPlainString() : amount.toString());
  }

  private static BigDecimal normalizeZero(BigDecimal scaled) {
    // -0.00 and 0.00 are the same amount; keep one representation so equals holds.
    return scaled.signum() == 0 ? BigDecimal.ZERO.setScale(SCALE) : scaled;
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
