package org.laborcalc.doublewage;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Line;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Share;

/**
 * One line of a double-wage result, a {@link Line} of the claim-neutral model: the second wage of
 * one wage month ({@link #SECOND_WAGE}), the day a contract is deemed open-ended ({@link
 * #DEEMED_OPEN_ENDED}, a date), or the finding that nothing is due ({@link #NOT_DUE}, 0.00).
 * Immutable.
 *
 * <p>The time limit is <em>not</em> applied: a month's line gives its {@code month} and {@code
 * dueDate}, the day that month's wage fell due (工资支付暂行规定 art. 7, brought forward to the last
 * working day before a rest day or holiday), for a limitation calculator to read.
 *
 * @param code {@link #SECOND_WAGE}, {@link #DEEMED_OPEN_ENDED} or {@link #NOT_DUE}
 * @param label the wage month ({@code 2023-04}) of a month's line, else null
 * @param value the amount, or the date of a {@link #DEEMED_OPEN_ENDED} line
 * @param shares who owes it (the employer); empty for a date
 * @param formula how the amount was arrived at; null for a date
 * @param parameters the statutory figures used
 * @param citations the articles
 * @param month the wage month, or null
 * @param from the first day of the month counted, or null
 * @param to the last day of the month counted, or null
 * @param workingDays working days counted, or null for a full month or a line without a month
 * @param dueDate the day the month's wage fell due, or null when the pay day is not known or the
 *     calendar cannot place it
 */
public record DoubleWageLine(
    String code,
    String label,
    LineValue value,
    List<Share> shares,
    Formula formula,
    List<ParameterUse> parameters,
    List<Citation> citations,
    YearMonth month,
    LocalDate from,
    LocalDate to,
    Integer workingDays,
    LocalDate dueDate)
    implements Line {
  /** The second wage of one month. */
  public static final String SECOND_WAGE = "DOUBLE_WAGE_SECOND_WAGE";

  /** The day from which an open-ended contract is deemed concluded. */
  public static final String DEEMED_OPEN_ENDED = "DEEMED_OPEN_ENDED_CONTRACT";

  /** Nothing is due, with the reason cited. */
  public static final String NOT_DUE = "DOUBLE_WAGE_NOT_DUE";

  public DoubleWageLine {
    requireNonNull(code, "code");
    requireNonNull(value, "value");
    shares = List.copyOf(shares);
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a line cites at least one article");
    }
  }

  @Override
  public Note name() {
    return switch (code) {
      case SECOND_WAGE -> new Note("未订立书面劳动合同的第二倍工资", "the second wage, no written contract");
      case DEEMED_OPEN_ENDED -> new Note("视为已订立无固定期限劳动合同", "open-ended contract deemed concluded");
      default -> new Note("二倍工资不予支付", "no double wage due");
    };
  }
}
