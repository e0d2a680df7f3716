package org.laborcalc.injury.rules;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Which costs an employer bears that applied for 工伤认定 after its time limit, where a province says
 * it otherwise than 《工伤保险条例》 art. 17 ¶4 (“在此期间发生符合本条例规定的工伤待遇等有关费用由该用人单位负担”, read as the costs
 * arising after the time limit and up to the late application). Read from the STRUCTURED parameter
 * {@code injury.recognition.lateFilingCosts}; absent = the national rule. Immutable.
 *
 * <p>Guangdong art. 12 ¶3 (“在提出工伤认定申请之前发生的……费用由用人单位承担”) and Zhejiang art. 13 ¶2 (“提出申请前发生的……费用，
 * 由用人单位负担”): every cost before the application, from the injury, the day of the application not
 * included; Sichuan art. 15 ¶3 (“自事故伤害发生之日……起至社会保险行政部门收到工伤认定申请之日止”): from the injury to the day the
 * application is received, that day included.
 *
 * @param employerBearsFrom where the employer's costs begin
 * @param filingDayIncluded whether a cost arising on the day of the application is the employer's
 */
public record LateFilingRule(
    @JsonProperty(required = true) From employerBearsFrom,
    @JsonProperty(required = true) Boolean filingDayIncluded) {

  /** Where the employer's costs begin. */
  public enum From {
    /** The day of the injury (or the diagnosis), included. */
    INJURY_DATE,
    /** The day after the employer's time limit to apply (the national reading of art. 17 ¶4). */
    END_OF_TIME_LIMIT
  }

  public LateFilingRule {
    if (employerBearsFrom == null || filingDayIncluded == null) {
      throw new IllegalArgumentException("employerBearsFrom and filingDayIncluded must be given");
    }
  }
}
