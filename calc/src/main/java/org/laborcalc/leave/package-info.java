/**
 * 未休年休假工资: pay for paid annual leave due and not taken (《职工带薪年休假条例》 arts. 2–5, 《企业职工带薪年休假实施办法》
 * arts. 3–5, 10–12) as a registered calculation, kind {@code "annual-leave"}. The case ({@link
 * org.laborcalc.leave.AnnualLeaveCase}), the named options ({@link
 * org.laborcalc.leave.AnnualLeaveOptions}), the result ({@link
 * org.laborcalc.leave.AnnualLeaveResult}) and the parameter keys ({@link
 * org.laborcalc.leave.AnnualLeaveKeys}); the rules are in {@code org.laborcalc.leave.internal}.
 */
package org.laborcalc.leave;
