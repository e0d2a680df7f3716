package org.laborcalc.arrears;

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
 * One line of a wage-arrears result, a {@link Line} of the claim-neutral model: a month's unpaid
 * wage ({@link #WAGE_ARREARS}), its shortfall below the minimum wage ({@link
 * #MINIMUM_WAGE_SHORTFALL}), a month not compared with it ({@link #MINIMUM_WAGE_NOT_COMPARED},
 * 0.00), or art. 85's 加付赔偿金 ({@link #ADDITIONAL_COMPENSATION}) or the reason it is not due ({@link
 * #ADDITIONAL_COMPENSATION_NOT_DUE}, 0.00). Immutable.
 *
 * @param code the item
 * @param label the wage month ({@code 2024-06}) of a month's line, else null
 * @param value the amount
 * @param shares who owes it (the employer)
 * @param formula how the amount was arrived at
 * @param parameters the statutory figures used
 * @param citations the articles the line applied
 * @param month the wage month, or null
 * @param dueDate the day the month's wage fell due (工资支付暂行规定 arts. 7, 9), or null when the case
 *     does not say: the start of the time limit is not decided here (调解仲裁法 art. 27 ¶4)
 * @param reasonZh for a line that is 0.00, why, in Chinese; else null
 * @param reasonEn the same in English
 */
public record WageArrearsLine(
    String code,
    String label,
    LineValue value,
    List<Share> shares,
    Formula formula,
    List<ParameterUse> parameters,
    List<Citation> citations,
    YearMonth month,
    LocalDate dueDate,
    String reasonZh,
    String reasonEn)
    implements Line {
  /** 拖欠工资: payable − paid. */
  public static final String WAGE_ARREARS = "WAGE_ARREARS";

  /** 低于最低工资标准的差额. */
  public static final String MINIMUM_WAGE_SHORTFALL = "MINIMUM_WAGE_SHORTFALL";

  /** A month without normal work, not compared with the minimum wage. */
  public static final String MINIMUM_WAGE_NOT_COMPARED = "MINIMUM_WAGE_NOT_COMPARED";

  /** 加付赔偿金 (劳动合同法 art. 85). */
  public static final String ADDITIONAL_COMPENSATION = "ADDITIONAL_COMPENSATION";

  /** 加付赔偿金 not due: a precondition of art. 85 is not stated or not met. */
  public static final String ADDITIONAL_COMPENSATION_NOT_DUE = "ADDITIONAL_COMPENSATION_NOT_DUE";

  public WageArrearsLine {
    requireNonNull(code, "code");
    requireNonNull(value, "value");
    requireNonNull(formula, "formula");
    shares = List.copyOf(shares);
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a line cites at least one article");
    }
  }

  /** The amount. */
  public org.laborcalc.money.Money amount() {
    return ((LineValue.OneTime) value).amount();
  }

  @Override
  public Note name() {
    return switch (code) {
      case WAGE_ARREARS -> new Note("拖欠工资", "unpaid wages");
      case MINIMUM_WAGE_SHORTFALL -> new Note("低于最低工资标准的差额", "shortfall below the minimum wage");
      case MINIMUM_WAGE_NOT_COMPARED ->
          new Note("未提供正常劳动，不与最低工资标准比较", "no normal work: not compared with the minimum wage");
      case ADDITIONAL_COMPENSATION -> new Note("加付赔偿金", "additional compensation (art. 85)");
      default -> new Note("加付赔偿金不予支付", "no additional compensation due");
    };
  }
}
