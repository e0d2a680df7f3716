/**
 * The rules of the non-compete calculation (not exported): the articles cited ({@link
 * org.laborcalc.noncompete.internal.NonCompeteLaw}), the checks ({@link
 * org.laborcalc.noncompete.internal.CaseChecks}), the term's months ({@link
 * org.laborcalc.noncompete.internal.Period}), the monthly amount ({@link
 * org.laborcalc.noncompete.internal.MonthlyAmount}), the engine, the case file, the result's JSON
 * and the sheet.
 */
package org.laborcalc.noncompete.internal;
