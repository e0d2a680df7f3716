package org.laborcalc.severance;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a region's law says of a period the labour contract was suspended (劳动合同中止) for the service
 * 劳动合同法第四十七条 counts: read from the STRUCTURED parameter {@code severance.suspension} of the region
 * and the day; absent = the national rule, which has no suspension and counts the service from 用工之日
 * to the end. Shandong: "劳动合同中止期间不计算为劳动者在用人单位的工作年限" (山东省劳动合同条例第二十六条第二款, in force from 2013-10-01).
 * Immutable.
 *
 * @param excludedFromService true when the days of the suspension are not service
 */
public record SuspensionRule(@JsonProperty(required = true) Boolean excludedFromService) {
  public SuspensionRule {
    if (excludedFromService == null) {
      throw new IllegalArgumentException("excludedFromService must be given");
    }
  }
}
