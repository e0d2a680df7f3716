package org.laborcalc.leave.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.laborcalc.law.Citation;
import org.laborcalc.leave.AnnualLeaveCase;
import org.laborcalc.leave.AnnualLeaveCase.LeaveYear;
import org.laborcalc.leave.AnnualLeaveKeys;
import org.laborcalc.leave.LeaveDays.Segment;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.time.DateRange;
import org.laborcalc.time.MonthEndPolicy;
import org.laborcalc.time.MonthsAndDays;

/**
 * 《职工带薪年休假条例》第四条: "职工有下列情形之一的，不享受当年的年休假：(一)职工依法享受寒暑假，其休假天数多于年休假天数的；
 * (二)职工请事假累计20天以上且单位按照规定不扣工资的；(三)累计工作满1年不满10年的职工，请病假累计2个月以上的；(四)累计工作满10年不满20年的职工，
 * 请病假累计3个月以上的；(五)累计工作满20年以上的职工，请病假累计4个月以上的。"
 *
 * <p>"以上" includes the number. The sick-leave band is the one held at the end of the year's
 * employment; several periods of sick leave add up by whole calendar months and days (30-day months
 * are never used): the year is barred when the months alone reach the threshold [U: no text says
 * how separate periods add]. Stateless.
 */
final class Disqualification {
  private Disqualification() {}

  static Optional<Citation> of(
      AnnualLeaveCase c, LeaveYear y, Segment last, Parameters p, LocalDate on) {
    if (y.winterSummerVacationDays() > 0 && y.winterSummerVacationDays() > last.bandDays()) {
      return Optional.of(LeaveLaw.VACATION);
    }
    BigDecimal personal = p.get(AnnualLeaveKeys.PAID_PERSONAL_LEAVE_DAYS, c.region(), on).value();
    if (BigDecimal.valueOf(y.paidPersonalLeaveDays()).compareTo(personal) >= 0) {
      return Optional.of(LeaveLaw.PERSONAL_LEAVE);
    }
    int band = Entitlement.bandIndex(c, on);
    if (band >= 0 && !y.sickLeave().isEmpty()) {
      BigDecimal threshold =
          p.get(AnnualLeaveKeys.SICK_LEAVE_MONTHS_BY_BAND, c.region(), on)
              .value()
              .get(AnnualLeaveKeys.BANDS.get(band));
      int months = 0;
      for (DateRange r : y.sickLeave()) {
        MonthsAndDays md =
            MonthsAndDays.between(
                r.start(), r.endExclusive().orElseThrow(), MonthEndPolicy.CLAMP_TO_MONTH_END);
        months += md.months();
      }
      if (BigDecimal.valueOf(months).compareTo(threshold) >= 0) {
        return Optional.of(LeaveLaw.SICK_LEAVE[band]);
      }
    }
    return Optional.empty();
  }
}
