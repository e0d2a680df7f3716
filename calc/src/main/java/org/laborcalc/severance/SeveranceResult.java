package org.laborcalc.severance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.laborcalc.employment.ServiceLength;
import org.laborcalc.money.Money;

/**
 * What a severance case comes to: the service, the wage, every line with its formula and articles,
 * the total, the options used and what the tribunal should check. Immutable; the JSON form is
 * {@code laborcalc.severance-result/1} ({@link SeveranceCalculation#toJson}).
 *
 * @param input the case as computed
 * @param service the service from 用工之日, whole and cut at 2008-01-01
 * @param wage the monthly wage of art. 47, or null when no line needed one (back pay only)
 * @param lines the lines in the order of {@link SeveranceItem}
 * @param total the sum of the lines
 * @param options the options, defaults included
 * @param notices what the tribunal should check, in a fixed order
 */
public record SeveranceResult(
    SeveranceCase input,
    ServiceLength service,
    WageBasis wage,
    List<SeveranceLine> lines,
    Money total,
    SeveranceOptions options,
    List<Notice> notices) {

  /** The JSON format of the result. */
  public static final String FORMAT = "laborcalc.severance-result/1";

  /**
   * Something the tribunal should check.
   *
   * @param code a stable upper-case code
   * @param messageZh the message in Chinese
   * @param messageEn the message in English
   */
  public record Notice(String code, String messageZh, String messageEn) {
    public Notice {
      requireNonNull(code, "code");
      requireNonNull(messageZh, "messageZh");
      requireNonNull(messageEn, "messageEn");
    }
  }

  public SeveranceResult {
    requireNonNull(input, "input");
    requireNonNull(service, "service");
    lines = List.copyOf(lines);
    requireNonNull(total, "total");
    requireNonNull(options, "options");
    notices = List.copyOf(notices);
    Money sum = lines.stream().map(SeveranceLine::amount).reduce(Money.ZERO, Money::plus);
    if (!sum.equals(total)) {
      throw new IllegalArgumentException(
          "total (" + total + ") must be the lines' sum (" + sum + ")");
    }
  }

  /** The wage of art. 47, when a line needed it. */
  public Optional<WageBasis> wageBasis() {
    return Optional.ofNullable(wage);
  }

  /** The line of an item, if the result has one. */
  public Optional<SeveranceLine> line(SeveranceItem item) {
    return lines.stream().filter(l -> l.item() == item).findFirst();
  }
}
