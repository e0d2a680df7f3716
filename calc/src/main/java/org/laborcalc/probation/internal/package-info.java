/**
 * The rules of the art. 83 calculation (not exported): the articles cited ({@link
 * org.laborcalc.probation.internal.ProbationLaw}), the checks ({@link
 * org.laborcalc.probation.internal.CaseChecks}), the engine (art. 19's limit and art. 83's
 * damages), the case file, the result's JSON and the sheet.
 */
package org.laborcalc.probation.internal;
