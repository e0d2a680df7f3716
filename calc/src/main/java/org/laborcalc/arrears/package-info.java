/**
 * 拖欠工资 and 加付赔偿金, kind {@code "wage-arrears"}: each month's unpaid wage (劳动法 art. 50, 劳动合同法 art. 30
 * ¶1), the shortfall below the local minimum wage after the exclusions of 最低工资规定 art. 12 (劳动合同法
 * art. 85), and art. 85's 加付赔偿金 once the 劳动行政部门's order to pay within a period was not complied
 * with, at the rate the tribunal chooses within 50–100%. The time limit is not applied: each month
 * carries the day it fell due for a limitation calculator (调解仲裁法 art. 27 ¶4).
 */
package org.laborcalc.arrears;
