/**
 * 违法约定试用期的赔偿金, kind {@code "probation-damages"}: the probation the law allows for the contract
 * (劳动合同法 art. 19: one, two or six months by the term; none for a task contract, a term under three
 * months, a second probation with the same employer, or part-time work, art. 70), and for the part
 * of an unlawful probation that was performed beyond it, the post-probation monthly wage for each
 * month (art. 83).
 */
package org.laborcalc.probation;
