package org.laborcalc.overtime;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.calendar.CalendarDay;
import org.laborcalc.calendar.CalendarGapException;
import org.laborcalc.calendar.DayKind;
import org.laborcalc.calendar.HolidayCalendar;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.JsonPaths;
import org.laborcalc.json.StrictRecordMapper;
import org.laborcalc.law.Citation;
import org.laborcalc.money.Money;
import org.laborcalc.overtime.OvertimeResult.DayCounted;
import org.laborcalc.overtime.internal.OvertimePay;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;
import org.laborcalc.result.Language;
import org.laborcalc.result.LineValue;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetOptions;

/**
 * 加班费 under the standard working-hours system as a registered calculation, kind {@code "overtime"}.
 * The case names the monthly wage the hourly standard derives from (工资支付暂行规定 art. 13:
 * "劳动合同规定的劳动者本人小时工资标准"), and each day of overtime with its hours; the calendar decides each day's
 * rate. Immutable and thread-safe.
 */
public final class OvertimeCalculation
    implements Calculation<OvertimeCalculation.Input, OvertimeResult> {
  /** The one instance. */
  public static final OvertimeCalculation INSTANCE = new OvertimeCalculation();

  /** The result document's format. */
  public static final String RESULT_FORMAT = "laborcalc.overtime-result/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** Reads the file: nothing coerced (a money amount written as a number is refused). */
  private static final ObjectMapper READER =
      StrictRecordMapper.create().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /**
   * The facts of an overtime claim.
   *
   * @param region where the contract is performed
   * @param monthlyWage the monthly wage of the contract the hourly standard derives from
   * @param days each day with overtime, in any order, each date once
   * @param alreadyPaid overtime pay already paid for these days (deducted)
   */
  public record Input(Region region, Money monthlyWage, List<Day> days, Money alreadyPaid) {
    public Input {
      requireNonNull(region, "region");
      requireNonNull(monthlyWage, "monthlyWage");
      days = List.copyOf(days);
      requireNonNull(alreadyPaid, "alreadyPaid");
    }
  }

  /**
   * One day of overtime.
   *
   * @param date the day
   * @param hours on a working day the hours beyond the standard day; on a rest day or holiday the
   *     hours worked
   * @param timeOffInLieuHours hours of 补休 given for work on that rest day
   */
  public record Day(LocalDate date, BigDecimal hours, BigDecimal timeOffInLieuHours) {}

  /** The {@code case} of a file as written. */
  record CaseFile(
      String region,
      String workingHoursSystem,
      String monthlyWage,
      List<Day> days,
      String alreadyPaid) {}

  private OvertimeCalculation() {}

  @Override
  public String kind() {
    return "overtime";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<OvertimeResult> resultType() {
    return OvertimeResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return OvertimeKeys.REGISTRY;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    if (optionsNode != null && !optionsNode.isNull() && optionsNode.size() > 0) {
      throw InvalidInputException.of(
          "options", "INVALID_FIELD", "加班费计算暂无选项", "the overtime calculation has no options yet");
    }
    CaseFile f;
    try {
      f = READER.treeToValue(caseNode, CaseFile.class);
    } catch (JsonMappingException e) {
      String path = JsonPaths.of("case", e);
      throw InvalidInputException.of(
          path,
          "INVALID_FIELD",
          "该项无法读取（类型、格式或名称有误）",
          "this field cannot be read (wrong type, format or name)");
    } catch (JsonProcessingException e) {
      throw InvalidInputException.of("case", "INVALID_FIELD", "无法读取", "cannot be read");
    }
    List<Violation> vs = new ArrayList<>();
    Region region = null;
    try {
      region = Region.of(f.region());
    } catch (RuntimeException e) {
      vs.add(v("case.region", "地区代码无效或缺失", "the region code is missing or unknown"));
    }
    if (f.workingHoursSystem() != null && !f.workingHoursSystem().equals("STANDARD")) {
      vs.add(
          v(
              "case.workingHoursSystem",
              "仅支持标准工时制（综合计算工时制、不定时工作制尚未实现）",
              "only the standard hours system is computed (comprehensive and irregular hours are not yet)"));
    }
    Money wage = money(f.monthlyWage(), "case.monthlyWage", vs, true);
    Money paid =
        f.alreadyPaid() == null
            ? Money.ZERO
            : money(f.alreadyPaid(), "case.alreadyPaid", vs, false);
    List<Day> days = f.days() == null ? List.of() : f.days();
    if (days.isEmpty()) {
      vs.add(v("case.days", "至少列明一天加班", "at least one day of overtime is required"));
    }
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < days.size(); i++) {
      Day d = days.get(i);
      String p = "case.days[" + i + "]";
      if (d == null || d.date() == null) {
        vs.add(v(p + ".date", "缺少日期", "the date is required"));
        continue;
      }
      if (!seen.add(d.date())) {
        vs.add(v(p + ".date", "日期重复：" + d.date(), "the date " + d.date() + " is listed twice"));
      }
      BigDecimal h = d.hours();
      if (h == null || h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(24)) > 0) {
        vs.add(
            v(
                p + ".hours",
                "加班小时数须大于0且一天不超过24小时",
                "hours must be above 0 and at most 24 in a day"));
      }
      BigDecimal off = d.timeOffInLieuHours();
      if (off != null && (off.signum() < 0 || (h != null && off.compareTo(h) > 0))) {
        vs.add(
            v(
                p + ".timeOffInLieuHours",
                "补休小时数须在0至加班小时数之间",
                "time off in lieu must be 0 to the hours worked"));
      }
    }
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    return new Input(region, wage, days, paid);
  }

  private static Money money(String text, String path, List<Violation> vs, boolean positive) {
    try {
      Money m = Money.parse(text);
      if (positive ? m.isPositive() : !m.isNegative()) {
        return m;
      }
    } catch (RuntimeException e) {
      // reported below
    }
    vs.add(
        v(
            path,
            "须为" + (positive ? "正的" : "非负的") + "金额（如 \"6960.00\"）",
            "must be a "
                + (positive ? "positive" : "non-negative")
                + " amount such as \"6960.00\""));
    return Money.ZERO;
  }

  private static Violation v(String path, String zh, String en) {
    return Violation.of(path, "INVALID_FIELD", zh, en);
  }

  @Override
  public OvertimeResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    HolidayCalendar cal = HolidayCalendar.national();
    List<Violation> vs = new ArrayList<>();
    List<DayCounted> counted = new ArrayList<>();
    LocalDate last = null;
    for (int i = 0; i < input.days().size(); i++) {
      Day d = input.days().get(i);
      try {
        CalendarDay day = cal.day(d.date());
        BigDecimal off = d.timeOffInLieuHours() == null ? BigDecimal.ZERO : d.timeOffInLieuHours();
        if (day.kind() == DayKind.WORKDAY && d.hours().compareTo(BigDecimal.valueOf(16)) > 0) {
          vs.add(
              v(
                  "case.days[" + i + "].hours",
                  d.date() + "为工作日：标准8小时以外的加班不能超过16小时",
                  d.date()
                      + " is a working day: overtime beyond its 8 standard hours cannot exceed 16"));
        }
        counted.add(new DayCounted(day, d.hours(), OvertimePay.paidHours(day, d.hours(), off)));
        last = last == null || d.date().isAfter(last) ? d.date() : last;
      } catch (CalendarGapException e) {
        vs.add(Violation.of("case.days[" + i + "].date", e.code(), e.messageZh(), e.messageEn()));
      }
    }
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    try {
      List<OvertimeLine> lines =
          OvertimePay.lines(
              input.region(), last, input.monthlyWage(), counted, input.alreadyPaid(), parameters);
      Money total = Money.ZERO;
      for (OvertimeLine l : lines) {
        total = total.plus(((LineValue.OneTime) l.value()).amount());
      }
      return new OvertimeResult(counted, lines, total);
    } catch (MissingParameterException e) {
      throw new InvalidInputException(
          List.of(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn())));
    }
  }

  @Override
  public String toJson(OvertimeResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", RESULT_FORMAT);
    ArrayNode days = root.putArray("days");
    for (DayCounted d : r.days()) {
      ObjectNode n = days.addObject();
      n.put("date", d.day().date().toString());
      n.put("kind", d.day().kind().name());
      n.put("adjusted", d.day().adjusted());
      n.put("hours", d.hours().toPlainString());
      n.put("paidHours", d.paidHours().toPlainString());
      n.put("verification", d.day().verification().name());
    }
    ArrayNode lines = root.putArray("lines");
    for (OvertimeLine l : r.lines()) {
      ObjectNode n = lines.addObject();
      n.put("item", l.code());
      n.put("amount", ((LineValue.OneTime) l.value()).amount().toString());
      n.put("payer", "EMPLOYER");
      n.put("formula", l.formulaText(Language.ZH));
      n.put("formulaEn", l.formulaText(Language.EN));
      ArrayNode c = n.putArray("citations");
      for (Citation x : l.citations()) {
        c.add(x.toChinese());
      }
    }
    root.put("total", r.total().toString());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String sheet(OvertimeResult r, SheetFormat format) {
    return sheet(r, format, SheetOptions.DEFAULT);
  }

  @Override
  public Sheet sheetContent(OvertimeResult r) {
    return OvertimeSheet.of(r);
  }
}
