/**
 * 竞业限制经济补偿, kind {@code "non-compete"}: the monthly compensation after the contract ends (劳动合同法
 * art. 23 ¶2) — as agreed (解释（一） art. 37) or, when none was agreed, 30% of the average wage of the
 * twelve months before the end, not below the minimum wage where the contract was performed (art.
 * 36) — for the months of the term the worker performed (at most two years, 劳动合同法 art. 24 ¶2); the
 * end of the term by the employer's release, with three more months on the worker's request (art.
 * 39), or by the worker's rescission after three months unpaid (art. 38); and on a breach, what the
 * worker owes: the agreed 违约金 and the agreed return of compensation paid (劳动合同法 art. 23 ¶2; 解释（二）
 * art. 15), the duty continuing (解释（一） art. 40).
 */
package org.laborcalc.noncompete;
