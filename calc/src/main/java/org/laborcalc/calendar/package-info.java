/**
 * The national holiday calendar as law data: for every day from 2008 on that a State Council notice
 * places, whether it is a working day, a rest day or a statutory holiday (法定休假日) of 《全国年节及纪念日放假办法》
 * art. 2 — the 300% days of 劳动法 art. 44 (三) — with the notice that says so and its verification
 * label. A day of a year whose notice is not held is an error naming the year ({@link
 * org.laborcalc.calendar.CalendarGapException}), never a guess from the weekday.
 */
package org.laborcalc.calendar;
