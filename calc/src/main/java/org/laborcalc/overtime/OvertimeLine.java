package org.laborcalc.overtime;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.result.Formula;
import org.laborcalc.result.Line;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.ParameterUse;
import org.laborcalc.result.Share;

/** One line of an overtime result, a {@link Line} of the claim-neutral model. Immutable. */
public record OvertimeLine(
    String code,
    Note name,
    String label,
    LineValue value,
    List<Share> shares,
    Formula formula,
    List<ParameterUse> parameters,
    List<Citation> citations)
    implements Line {
  public OvertimeLine {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    shares = List.copyOf(shares);
    requireNonNull(formula, "formula");
    parameters = List.copyOf(parameters);
    citations = Citation.distinct(citations);
    if (citations.isEmpty()) {
      throw new IllegalArgumentException("a line cites at least one article");
    }
  }
}
