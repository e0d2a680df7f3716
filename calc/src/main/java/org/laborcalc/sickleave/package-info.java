/**
 * 医疗期 and 病假工资, kind {@code "sick-leave"}: the medical period by 实际工作年限 and 本单位工作年限 (劳部发〔1994〕479号
 * art. 3), the months within which its sick leave is counted (art. 4), counted from the first sick
 * day with rest days and holidays included (劳部发〔1995〕236号 [S]), the day it is used up; and the sick
 * pay of whole months of sick leave within it — the local rule's amount (art. 5 "按照有关规定执行": a
 * finding the case states) raised to 80% of the minimum wage (劳部发〔1995〕309号 art. 59, SECONDARY) —
 * less what was paid.
 */
package org.laborcalc.sickleave;
