/**
 * The rules of termination money, one class per provision (not exported): {@code
 * EconomicCompensation} (劳动合同法第四十七条 and 第九十七条第三款), {@code WrongfulTerminationDamages} (第八十七条),
 * {@code PayInLieuOfNotice} (第四十条), {@code BackPay} (解释（二）第十八条), the wage {@code WageBasisRule}
 * (实施条例第二十七条, 第四十七条第二款), the pre-2008 rules {@code Pre2008Rule}, the checks, the JSON reader and
 * writer and the sheet.
 */
package org.laborcalc.severance.internal;
