/**
 * Termination money: 经济补偿 (劳动合同法第四十六、四十七条), 违法解除或者终止劳动合同的赔偿金 (第八十七条; 实施条例第二十五条), 代通知金 (第四十条;
 * 实施条例第二十条) and the wages after an unlawful termination until performance resumes (劳动争议解释（二）第十八条):
 * the case ({@link org.laborcalc.severance.SeveranceCase}, built by {@link
 * org.laborcalc.severance.SeveranceCase#builder()}), the options ({@link
 * org.laborcalc.severance.SeveranceOptions}), the calculator ({@link
 * org.laborcalc.severance.SeveranceCalculator}), the result ({@link
 * org.laborcalc.severance.SeveranceResult}) and the registered calculation ({@link
 * org.laborcalc.severance.SeveranceCalculation}, kind {@code "severance"}). The service comes from
 * {@link org.laborcalc.employment.ServiceLength}, the wage from the same evidence weighing as work
 * injury ({@link org.laborcalc.wage.EvidenceWeighing}) over the twelve months before the
 * termination.
 */
package org.laborcalc.severance;
