/**
 * 加班费: overtime pay under the standard working-hours system (劳动法 art. 44; 工资支付暂行规定 art. 13), each
 * day priced by the {@link org.laborcalc.calendar.HolidayCalendar}: 150% on a working day, 200% on
 * a rest day without time off in lieu, 300% on a statutory holiday. Calculation kind {@code
 * "overtime"}; the rules are in {@code org.laborcalc.overtime.internal}.
 */
package org.laborcalc.overtime;
