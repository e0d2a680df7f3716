package org.laborcalc.sickleave;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Line;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Share;

/**
 * A month's unpaid 病假工资 ({@link #SICK_PAY}), a {@link Line} of the claim-neutral model. Immutable.
 *
 * @param code the item
 * @param label the month ({@code 2024-05})
 * @param value the amount
 * @param shares who owes it (the employer)
 * @param formula how the amount was arrived at
 * @param parameters the figures used
 * @param citations the articles the line applied
 * @param month the month
 */
public record SickLeaveLine(
    String code,
    String label,
    LineValue value,
    List<Share> shares,
    Formula formula,
    List<ParameterUse> parameters,
    List<Citation> citations,
    YearMonth month)
    implements Line {
  /** 病假工资 due less paid. */
  public static final String SICK_PAY = "SICK_PAY";

  public SickLeaveLine {
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
  public Money amount() {
    return ((LineValue.OneTime) value).amount();
  }

  @Override
  public Note name() {
    return new Note("病假工资", "sick pay");
  }
}
