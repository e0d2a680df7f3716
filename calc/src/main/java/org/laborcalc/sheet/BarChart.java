package org.laborcalc.sheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;
import org.laborcalc.sheet.Sheet.Bar;
import org.laborcalc.sheet.Sheet.Chart;

/**
 * The one-time amounts as an inline SVG bar chart: one horizontal bar per line, coloured by payer,
 * with a legend and each amount written beside its bar. A deduction (a negative amount) is drawn to
 * the left of the zero axis. Geometry is computed in {@link BigDecimal} and written with one
 * decimal, so the same chart is always the same bytes. Stateless and thread-safe.
 */
final class BarChart {

  static final String EMPLOYER_COLOUR = "#c8553d";
  static final String FUND_COLOUR = "#2e6f9e";

  private static final int WIDTH = 860;
  private static final int LABEL_RIGHT = 300;
  private static final int PLOT_LEFT = 308;
  private static final int PLOT_WIDTH = 420;
  private static final int TOP = 34;
  private static final int ROW = 24;
  private static final int BAR = 16;

  /** Display columns of a bar's label at 12px before it is cut, to stay left of the bars. */
  private static final int LABEL_COLUMNS = 46;

  private BarChart() {}

  /** The chart as a {@code <figure>} holding an {@code <svg>}; {@code id} must be unique. */
  static String svg(Chart chart, String id, SheetLanguage lang) {
    BigDecimal max = BigDecimal.ZERO;
    BigDecimal min = BigDecimal.ZERO;
    for (Bar b : chart.bars()) {
      max = max.max(b.amount().amount());
      min = min.min(b.amount().amount());
    }
    BigDecimal span = max.subtract(min);
    if (span.signum() == 0) {
      span = BigDecimal.ONE; // every amount is zero: zero-width bars on the axis
    }
    BigDecimal plot = BigDecimal.valueOf(PLOT_WIDTH);
    BigDecimal zeroX = x(min.negate(), span, plot);
    int height = TOP + chart.bars().size() * ROW + 8;

    StringBuilder out = new StringBuilder();
    out.append("<figure>\n<figcaption id=\"")
        .append(id)
        .append("-title\">")
        .append(HtmlRenderer.escape(chart.title().in(lang)))
        .append("</figcaption>\n");
    out.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title\">\n");
    legend(out, 0, Party.EMPLOYER, EMPLOYER_COLOUR, lang);
    legend(out, 200, Party.FUND, FUND_COLOUR, lang);
    int y = TOP;
    for (Bar b : chart.bars()) {
      BigDecimal a = b.amount().amount();
      BigDecimal left = x(a.min(BigDecimal.ZERO).subtract(min), span, plot);
      BigDecimal width = x(a.abs(), span, plot);
      int textY = y + BAR - 4;
      out.append("<text class=\"label\" x=\"")
          .append(LABEL_RIGHT)
          .append("\" y=\"")
          .append(textY)
          .append("\" text-anchor=\"end\">")
          .append(HtmlRenderer.escape(DisplayWidth.truncate(b.label().in(lang), LABEL_COLUMNS)))
          .append("</text>\n");
      out.append("<rect class=\"bar\" x=\"")
          .append(px(left))
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(length(width))
          .append("\" height=\"")
          .append(BAR)
          .append("\" fill=\"")
          .append(colour(b.payer()))
          .append("\"><title>")
          .append(
              HtmlRenderer.escape(
                  b.label().in(lang) + " " + payer(b.payer(), lang) + " " + money(b.amount())))
          .append("</title></rect>\n");
      BigDecimal valueX = (a.signum() > 0 ? left.add(width) : zeroX).add(BigDecimal.valueOf(6));
      out.append("<text class=\"value\" x=\"")
          .append(px(valueX))
          .append("\" y=\"")
          .append(textY)
          .append("\">")
          .append(HtmlRenderer.escape(money(b.amount())))
          .append("</text>\n");
      y += ROW;
    }
    out.append("<line x1=\"")
        .append(px(zeroX))
        .append("\" y1=\"")
        .append(TOP - 4)
        .append("\" x2=\"")
        .append(px(zeroX))
        .append("\" y2=\"")
        .append(y)
        .append("\" stroke=\"#333\" stroke-width=\"1\"/>\n");
    out.append("</svg>\n</figure>\n");
    return out.toString();
  }

  private static String payer(Party payer, SheetLanguage lang) {
    return Text.of(payer.nameZh(), payer.nameEn()).in(lang);
  }

  private static void legend(
      StringBuilder out, int offset, Party payer, String colour, SheetLanguage lang) {
    int x = PLOT_LEFT + offset;
    out.append("<rect class=\"legend\" x=\"")
        .append(x)
        .append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"")
        .append(colour)
        .append("\"/>\n");
    out.append("<text x=\"")
        .append(x + 18)
        .append("\" y=\"16\">")
        .append(HtmlRenderer.escape(payer(payer, lang)))
        .append("</text>\n");
  }

  static String colour(Party payer) {
    // Every party the law makes liable in place of the employer is drawn as the employer.
    return payer.role() == Party.Role.FUND ? FUND_COLOUR : EMPLOYER_COLOUR;
  }

  /** {@code amount} / {@code span} of the plot width, in pixels. */
  private static BigDecimal x(BigDecimal amount, BigDecimal span, BigDecimal plot) {
    return amount.multiply(plot).divide(span, 1, RoundingMode.HALF_UP);
  }

  /** The x coordinate of {@code offset} pixels from the left of the plot. */
  private static String px(BigDecimal offset) {
    return offset
        .add(BigDecimal.valueOf(PLOT_LEFT))
        .setScale(1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** A length in pixels. */
  private static String length(BigDecimal pixels) {
    return pixels.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static String money(Money m) {
    return m.toGroupedString();
  }
}
