package org.laborcalc.noncompete;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The choices the texts leave open, named, defaulted and echoed in the result. Immutable.
 *
 * @param agreedAmount whether an agreed compensation below art. 36's is raised to it
 * @param partMonth how the last, incomplete month of the period is paid
 */
public record NonCompeteOptions(AgreedAmount agreedAmount, PartMonth partMonth) {
  public NonCompeteOptions {
    requireNonNull(agreedAmount, "agreedAmount");
    requireNonNull(partMonth, "partMonth");
  }

  /** Every option at its default. */
  public static NonCompeteOptions defaults() {
    return new NonCompeteOptions(AgreedAmount.AS_AGREED, PartMonth.CALENDAR_DAYS);
  }

  /** The options by their case-file names, in a fixed order. */
  public Map<String, String> asMap() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("nonCompete.agreedAmount", agreedAmount.name());
    m.put("nonCompete.partMonth", partMonth.name());
    return m;
  }

  /**
   * 解释（一） art. 36 fixes the compensation only where none was agreed; whether an agreed amount below
   * 30% of the average or below the minimum wage is raised is not said [U].
   */
  public enum AgreedAmount {
    /** Default: the agreed amount as agreed (art. 37 "约定了竞业限制和经济补偿"). */
    AS_AGREED,
    /** The agreed amount raised to what art. 36 would give without an agreement. */
    NOT_BELOW_ART36
  }

  /** The texts say "按月" and nothing of a month the period covers in part [U]. */
  public enum PartMonth {
    /** Default: the month's amount × days covered ÷ days of that month of the term. */
    CALENDAR_DAYS,
    /** Only completed months of the term are paid. */
    WHOLE_MONTHS_ONLY
  }
}
