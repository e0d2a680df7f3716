/**
 * What the pay claims (wage arrears, non-compete compensation, sick leave) share, not exported:
 * reading a case file's fields with located errors ({@link org.laborcalc.pay.internal.Fields}), the
 * day a month's pay falls due ({@link org.laborcalc.pay.internal.PayDays}) and the sheet as rows
 * ({@link org.laborcalc.pay.internal.RowSheet}).
 */
package org.laborcalc.pay.internal;
