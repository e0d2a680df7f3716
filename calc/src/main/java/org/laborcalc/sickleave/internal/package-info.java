/**
 * The rules of the sick-leave calculation (not exported): the articles cited ({@link
 * org.laborcalc.sickleave.internal.SickLeaveLaw}), the checks ({@link
 * org.laborcalc.sickleave.internal.CaseChecks}), the medical period and its counting ({@link
 * org.laborcalc.sickleave.internal.MedicalPeriod}), the month's sick pay ({@link
 * org.laborcalc.sickleave.internal.SickPay}), the engine, the case file, the result's JSON and the
 * sheet.
 */
package org.laborcalc.sickleave.internal;
