package org.laborcalc.leave;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.JsonPaths;
import org.laborcalc.json.StrictRecordMapper;
import org.laborcalc.leave.AnnualLeaveCase.CumulativeWork;
import org.laborcalc.leave.AnnualLeaveCase.LeaveYear;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;

/**
 * The case file of kind {@code "annual-leave"} as written — its {@code case} and {@code options}
 * bound by Jackson to the records below — and the checks that turn it into an {@link
 * AnnualLeaveCase}, every problem at its path from the file's root.
 */
final class AnnualLeaveCaseFileReader {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** Reads the file: nothing coerced (a money amount written as a number is refused). */
  private static final ObjectMapper READER =
      StrictRecordMapper.create().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private AnnualLeaveCaseFileReader() {}

  /** The input of a file: its case checked, its options with the defaults for absent ones. */
  static AnnualLeaveCalculation.Input read(JsonNode caseNode, JsonNode optionsNode) {
    AnnualLeaveCaseFile f = bind(caseNode, AnnualLeaveCaseFile.class, "case");
    AnnualLeaveOptions options = AnnualLeaveOptions.defaults();
    if (optionsNode != null && !optionsNode.isNull()) {
      options = bind(optionsNode, OptionsFile.class, "options").toOptions();
    }
    List<Violation> vs = new ArrayList<>();
    AnnualLeaveCase c = check(f, vs);
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    return new AnnualLeaveCalculation.Input(c, options);
  }

  /** The {@code case} of a file as written, before its checks. */
  record AnnualLeaveCaseFile(
      String region,
      Employment employment,
      Cumulative cumulativeWork,
      String monthlyWage,
      List<Year> years) {}

  /** {@code employment}: the first and last day with this employer (both counted). */
  record Employment(LocalDate start, LocalDate end) {}

  /** {@code cumulativeWork}: 累计工作时间 on a day. */
  record Cumulative(LocalDate asOf, Integer years, Integer months, Integer days) {
    Cumulative {
      years = years == null ? 0 : years;
      months = months == null ? 0 : months;
      days = days == null ? 0 : days;
    }
  }

  /** One year claimed; an absent count is 0, an absent refusal false, absent sick leave none. */
  record Year(
      Integer year,
      BigDecimal daysTaken,
      List<Period> sickLeave,
      Integer paidPersonalLeaveDays,
      Integer winterSummerVacationDays,
      Boolean writtenRefusal) {
    Year {
      paidPersonalLeaveDays = paidPersonalLeaveDays == null ? 0 : paidPersonalLeaveDays;
      winterSummerVacationDays = winterSummerVacationDays == null ? 0 : winterSummerVacationDays;
      writtenRefusal = writtenRefusal != null && writtenRefusal;
    }
  }

  /** A closed period. */
  record Period(LocalDate from, LocalDate to) {}

  /** {@code options}: each absent option takes its default. */
  record OptionsFile(
      AnnualLeaveOptions.Truncation truncation, AnnualLeaveOptions.BandChange bandChange) {
    AnnualLeaveOptions toOptions() {
      AnnualLeaveOptions d = AnnualLeaveOptions.defaults();
      return new AnnualLeaveOptions(
          truncation == null ? d.truncation() : truncation,
          bandChange == null ? d.bandChange() : bandChange);
    }
  }

  private static <T> T bind(JsonNode node, Class<T> type, String root) {
    try {
      return READER.treeToValue(node, type);
    } catch (JsonMappingException e) {
      String path = JsonPaths.of(root, e);
      throw InvalidInputException.of(
          path,
          "INVALID_FIELD",
          "该项无法读取（类型、格式或名称有误）",
          "this field cannot be read (wrong type, format or name): "
              + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of(root, "INVALID_FIELD", "无法读取", "cannot be read");
    }
  }

  private static void need(List<Violation> vs, boolean ok, String path, String zh, String en) {
    if (!ok) {
      vs.add(Violation.of(path, "INVALID_FIELD", zh, en));
    }
  }

  /** Every problem of the file's case, each at its path; null when there is one. */
  private static AnnualLeaveCase check(AnnualLeaveCaseFile f, List<Violation> vs) {
    Region region = null;
    if (f.region() == null) {
      need(vs, false, "case.region", "缺少地区代码", "region is required");
    } else {
      try {
        region = Region.of(f.region());
      } catch (RuntimeException e) {
        need(vs, false, "case.region", "地区代码无效：" + f.region(), "unknown region code " + f.region());
      }
    }
    Employment emp = f.employment();
    need(
        vs,
        emp != null && emp.start() != null,
        "case.employment.start",
        "缺少入职日期",
        "the first day of employment is required");
    boolean datesOk = emp != null && emp.start() != null;
    if (datesOk && emp.end() != null && emp.end().isBefore(emp.start())) {
      need(vs, false, "case.employment.end", "离职日期早于入职日期", "the last day is before the first");
      datesOk = false;
    }
    Cumulative cw = f.cumulativeWork();
    if (cw == null || cw.asOf() == null) {
      need(
          vs,
          false,
          "case.cumulativeWork",
          "缺少累计工作时间（含其他单位，实施办法第四条）及其日期",
          "cumulative working time with every employer (实施办法 art. 4) and its date are required");
    } else {
      need(
          vs,
          cw.years() >= 0 && cw.years() <= 70,
          "case.cumulativeWork.years",
          "年数须在0至70之间",
          "years must be 0 to 70");
      need(
          vs,
          cw.months() >= 0 && cw.months() <= 11,
          "case.cumulativeWork.months",
          "月数须在0至11之间",
          "months must be 0 to 11");
      need(
          vs,
          cw.days() >= 0 && cw.days() <= 30,
          "case.cumulativeWork.days",
          "天数须在0至30之间",
          "days must be 0 to 30");
      if (datesOk) {
        boolean in =
            !cw.asOf().isBefore(emp.start())
                && (emp.end() == null || !cw.asOf().isAfter(emp.end()));
        need(
            vs,
            in,
            "case.cumulativeWork.asOf",
            "日期须在本单位工作期间内",
            "the date must fall within the employment with this employer");
      }
    }
    Money wage = null;
    try {
      wage = f.monthlyWage() == null ? null : Money.parse(f.monthlyWage());
    } catch (RuntimeException e) {
      wage = null;
    }
    need(
        vs,
        wage != null && wage.isPositive(),
        "case.monthlyWage",
        "月工资须为正的金额（如 \"8700.00\"）",
        "monthlyWage must be a positive amount such as \"8700.00\"");
    List<LeaveYear> years = new ArrayList<>();
    need(
        vs,
        f.years() != null && !f.years().isEmpty(),
        "case.years",
        "至少列明一个请求的年度",
        "at least one year must be claimed");
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; f.years() != null && i < f.years().size(); i++) {
      Year y = f.years().get(i);
      String p = "case.years[" + i + "]";
      if (y == null || y.year() == null) {
        need(vs, false, p + ".year", "缺少年度", "the year is required");
        continue;
      }
      need(
          vs,
          seen.add(y.year()),
          p + ".year",
          "年度重复：" + y.year(),
          "year " + y.year() + " is claimed twice");
      boolean yearOk = y.year() >= 2008 && y.year() <= 2100;
      need(
          vs,
          yearOk,
          p + ".year",
          "年度须不早于2008年（条例自2008年1月1日起施行）",
          "the year must be 2008 or later (the Regulation is in force from 2008-01-01)");
      if (datesOk && yearOk) {
        LocalDate jan1 = LocalDate.of(y.year(), 1, 1);
        LocalDate dec31 = LocalDate.of(y.year(), 12, 31);
        boolean overlaps =
            !emp.start().isAfter(dec31) && (emp.end() == null || !emp.end().isBefore(jan1));
        need(
            vs,
            overlaps,
            p + ".year",
            y.year() + "年不在本单位工作期间内",
            "the worker was not with this employer in " + y.year());
      }
      BigDecimal taken = y.daysTaken() == null ? BigDecimal.ZERO : y.daysTaken();
      boolean takenOk =
          taken.signum() >= 0
              && taken.compareTo(BigDecimal.valueOf(366)) <= 0
              && taken.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
      need(
          vs,
          takenOk,
          p + ".daysTaken",
          "已休天数须在0至366之间，以半天为单位",
          "daysTaken must be 0 to 366 in half days");
      need(
          vs,
          y.paidPersonalLeaveDays() >= 0 && y.paidPersonalLeaveDays() <= 366,
          p + ".paidPersonalLeaveDays",
          "天数须在0至366之间",
          "must be 0 to 366 days");
      need(
          vs,
          y.winterSummerVacationDays() >= 0 && y.winterSummerVacationDays() <= 366,
          p + ".winterSummerVacationDays",
          "天数须在0至366之间",
          "must be 0 to 366 days");
      List<DateRange> sick = new ArrayList<>();
      List<Period> periods = y.sickLeave() == null ? List.of() : y.sickLeave();
      for (int j = 0; j < periods.size(); j++) {
        Period r = periods.get(j);
        String q = p + ".sickLeave[" + j + "]";
        if (r == null
            || r.from() == null
            || r.to() == null
            || r.to().isBefore(r.from())
            || r.from().getYear() != y.year()
            || r.to().getYear() != y.year()) {
          need(
              vs,
              false,
              q,
              "病假期间须在该年度内且起止日期有序",
              "a sick-leave period must lie in its year, from before to");
        } else {
          sick.add(DateRange.ofClosed(r.from(), r.to()));
        }
      }
      years.add(
          new LeaveYear(
              y.year(),
              taken,
              sick,
              y.paidPersonalLeaveDays(),
              y.winterSummerVacationDays(),
              y.writtenRefusal()));
    }
    if (!vs.isEmpty()) {
      return null;
    }
    return new AnnualLeaveCase(
        region,
        emp.start(),
        emp.end(),
        new CumulativeWork(cw.asOf(), cw.years(), cw.months(), cw.days()),
        wage,
        years);
  }
}
