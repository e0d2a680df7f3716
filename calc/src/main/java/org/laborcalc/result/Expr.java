package org.laborcalc.result;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.money.Money;

/**
 * An expression of a formula: a figure, a chain of multiplications and divisions, a sum or a
 * difference. Evaluation is exact, except that a chain's quotient (its factors' product divided
 * once by its divisors' product) is carried to {@link #QUOTIENT_SCALE} decimal places, rounded the
 * way the enclosing {@link Step} rounds; the step then rounds the value to the fen at its named
 * point.
 */
public sealed interface Expr {
  /** The places a quotient is carried to before the step's rounding point. */
  int QUOTIENT_SCALE = 10;

  /**
   * The value, quotients carried to {@link #QUOTIENT_SCALE} places rounded by {@code quotients}.
   */
  BigDecimal value(RoundingMode quotients);

  /** A money figure, written grouped to the fen: 6,500.00. */
  static Figure money(Money m) {
    return new Figure(m.amount(), Figure.Form.MONEY, null);
  }

  /** A plain number, written without trailing zeros: 9, 0.5, 21.75. */
  static Figure number(BigDecimal n) {
    return new Figure(n, Figure.Form.NUMBER, null);
  }

  /** A whole count: months, days. */
  static Figure number(long n) {
    return number(BigDecimal.valueOf(n));
  }

  /** A percentage, written {@code 60%}, worth 0.60. */
  static Figure percent(BigDecimal p) {
    return new Figure(p, Figure.Form.PERCENT, null);
  }

  /** Factors multiplied and divided from left to right. */
  static Chain times(Expr first, Expr... more) {
    Chain c = new Chain(first, List.of());
    for (Expr e : more) {
      c = c.times(e);
    }
    return c;
  }

  /** Terms added. */
  static Sum sum(List<? extends Expr> terms) {
    return new Sum(List.copyOf(terms));
  }

  /** {@code minuend − subtrahend}. */
  static Difference minus(Expr minuend, Expr subtrahend) {
    return new Difference(minuend, subtrahend);
  }

  /**
   * A figure: a fact or a parameter as it enters the formula.
   *
   * @param amount the figure as written (a percentage as its number of per cent)
   * @param form how it is written and what it is worth
   * @param adjustment the named adjustment this factor makes (职业病, 临近退休), or null
   */
  record Figure(BigDecimal amount, Form form, Note adjustment) implements Expr {
    /** How a figure is written. */
    public enum Form {
      MONEY,
      NUMBER,
      PERCENT
    }

    public Figure {
      requireNonNull(amount, "amount");
      requireNonNull(form, "form");
    }

    /** The same figure as a named adjustment. */
    public Figure as(Note adjustment) {
      return new Figure(amount, form, requireNonNull(adjustment, "adjustment"));
    }

    @Override
    public BigDecimal value(RoundingMode quotients) {
      return form == Form.PERCENT ? amount.movePointLeft(2) : amount;
    }
  }

  /**
   * {@code first op₁ e₁ op₂ e₂ …} with × and ÷, left to right.
   *
   * @param first the first factor
   * @param operations the operations that follow
   */
  record Chain(Expr first, List<Operation> operations) implements Expr {
    /** One × or ÷ and its operand. */
    public record Operation(boolean divide, Expr operand) {
      public Operation {
        requireNonNull(operand, "operand");
      }
    }

    public Chain {
      requireNonNull(first, "first");
      operations = List.copyOf(operations);
    }

    public Chain times(Expr factor) {
      return then(new Operation(false, factor));
    }

    public Chain dividedBy(Expr divisor) {
      return then(new Operation(true, divisor));
    }

    private Chain then(Operation o) {
      List<Operation> ops = new ArrayList<>(operations);
      ops.add(o);
      return new Chain(first, ops);
    }

    /**
     * The product of the factors divided once by the product of the divisors: the order in which
     * the chain is written does not change its value.
     */
    @Override
    public BigDecimal value(RoundingMode quotients) {
      BigDecimal numerator = first.value(quotients);
      BigDecimal denominator = BigDecimal.ONE;
      for (Operation o : operations) {
        BigDecimal operand = o.operand().value(quotients);
        if (o.divide()) {
          denominator = denominator.multiply(operand);
        } else {
          numerator = numerator.multiply(operand);
        }
      }
      return denominator.compareTo(BigDecimal.ONE) == 0
          ? numerator
          : numerator.divide(denominator, QUOTIENT_SCALE, quotients);
    }
  }

  /** {@code t₁ + t₂ + …}. */
  record Sum(List<Expr> terms) implements Expr {
    public Sum {
      terms = List.copyOf(terms);
      if (terms.isEmpty()) {
        throw new IllegalArgumentException("a sum needs at least one term");
      }
    }

    @Override
    public BigDecimal value(RoundingMode quotients) {
      BigDecimal v = BigDecimal.ZERO;
      for (Expr t : terms) {
        v = v.add(t.value(quotients));
      }
      return v;
    }
  }

  /** {@code minuend − subtrahend}. */
  record Difference(Expr minuend, Expr subtrahend) implements Expr {
    public Difference {
      requireNonNull(minuend, "minuend");
      requireNonNull(subtrahend, "subtrahend");
    }

    @Override
    public BigDecimal value(RoundingMode quotients) {
      return minuend.value(quotients).subtract(subtrahend.value(quotients));
    }
  }
}
