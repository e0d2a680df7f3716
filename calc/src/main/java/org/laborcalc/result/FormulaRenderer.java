package org.laborcalc.result;

import org.laborcalc.money.Money;
import org.laborcalc.result.Expr.Chain;
import org.laborcalc.result.Expr.Difference;
import org.laborcalc.result.Expr.Figure;
import org.laborcalc.result.Expr.Sum;

/**
 * Writes a {@link Formula} out: money grouped to the fen (58,500.00), numbers plain (9, 21.75),
 * percentages with their sign (60%), a named adjustment after its factor ({@code 1.1（职业病）}), a
 * rounding point other than half-up named after its result ({@code （舍去分以下）}), a negative amount
 * with the minus sign ({@code −500.00}), a floor as the sentence that raised the amount. The one
 * place formulas become text, for every calculation.
 */
public final class FormulaRenderer {
  private FormulaRenderer() {}

  /** The formula in {@code language}: {@code 9 × 6,500.00 = 58,500.00}. */
  public static String render(Formula formula, Language language) {
    StringBuilder out = new StringBuilder();
    for (Step s : formula.steps()) {
      switch (s.kind()) {
        case GIVEN -> out.append(money(s.result()));
        case COMPUTE -> {
          if (s.label() != null) {
            out.append(language == Language.EN ? "; " : "；").append(s.label().in(language));
          }
          expr(out, s.expr(), language, false);
          out.append(" = ").append(money(s.result()));
          Note rounding = s.rounding().note();
          if (rounding != null) {
            note(out, rounding, language);
          }
        }
        case FLOOR -> {
          Money floor = Money.of(s.expr().value(Money.DEFAULT_ROUNDING));
          if (language == Language.EN) {
            out.append(", below the ").append(s.label().en()).append(' ').append(money(floor));
            out.append(", raised to ").append(money(s.result()));
          } else {
            out.append("，低于").append(s.label().zh()).append(' ').append(money(floor));
            out.append("，补足至 ").append(money(s.result()));
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * The formula for a Markdown document: the Chinese or English text with Markdown's own characters
   * escaped, so that a renderer shows it as written.
   */
  public static String markdown(Formula formula, Language language) {
    String text = render(formula, language);
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<>|#".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static void expr(StringBuilder out, Expr e, Language language, boolean grouped) {
    if (e instanceof Figure f) {
      figure(out, f, language);
    } else if (e instanceof Chain c) {
      operand(out, c.first(), language);
      for (Chain.Operation o : c.operations()) {
        out.append(o.divide() ? " ÷ " : " × ");
        operand(out, o.operand(), language);
      }
    } else {
      if (grouped) {
        out.append('(');
      }
      if (e instanceof Sum s) {
        for (int i = 0; i < s.terms().size(); i++) {
          if (i > 0) {
            out.append(" + ");
          }
          expr(out, s.terms().get(i), language, false);
        }
      } else {
        Difference d = (Difference) e;
        expr(out, d.minuend(), language, false);
        out.append(" − ");
        expr(out, d.subtrahend(), language, !(d.subtrahend() instanceof Figure));
      }
      if (grouped) {
        out.append(')');
      }
    }
  }

  /** A factor: a sum or difference inside a product is bracketed. */
  private static void operand(StringBuilder out, Expr e, Language language) {
    expr(out, e, language, e instanceof Sum || e instanceof Difference);
  }

  private static void figure(StringBuilder out, Figure f, Language language) {
    switch (f.form()) {
      case MONEY -> out.append(money(Money.of(f.amount())));
      case NUMBER -> out.append(f.amount().stripTrailingZeros().toPlainString());
      case PERCENT -> out.append(f.amount().stripTrailingZeros().toPlainString()).append('%');
    }
    if (f.adjustment() != null) {
      note(out, f.adjustment(), language);
    }
  }

  private static void note(StringBuilder out, Note note, Language language) {
    if (language == Language.EN) {
      out.append(" (").append(note.en()).append(')');
    } else {
      out.append('（').append(note.zh()).append('）');
    }
  }

  /** Grouped to the fen; a negative amount (one already paid, deducted) with the minus sign −. */
  private static String money(Money m) {
    return m.isNegative() ? "−" + m.negated().toGroupedString() : m.toGroupedString();
  }
}
