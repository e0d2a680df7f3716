package org.laborcalc.leave;

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
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.leave.AnnualLeaveCase.CumulativeWork;
import org.laborcalc.leave.AnnualLeaveCase.LeaveYear;
import org.laborcalc.leave.internal.Entitlement;
import org.laborcalc.leave.internal.UnusedLeavePay;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.region.Region;
import org.laborcalc.result.Language;
import org.laborcalc.result.LineValue;
import org.laborcalc.time.DateRange;

/**
 * 未休年休假工资 as a registered calculation, kind {@code "annual-leave"}: the case file's {@code case} as
 * {@link AnnualLeaveCaseFile}, its {@code options} as {@link AnnualLeaveOptions}; one line per year
 * claimed. Immutable and thread-safe.
 */
public final class AnnualLeaveCalculation
    implements Calculation<AnnualLeaveCalculation.Input, AnnualLeaveResult> {
  /** The one instance. */
  public static final AnnualLeaveCalculation INSTANCE = new AnnualLeaveCalculation();

  /** The result document's format. */
  public static final String RESULT_FORMAT = "laborcalc.annual-leave-result/1";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** A case file's input: the facts and the options. */
  public record Input(AnnualLeaveCase leaveCase, AnnualLeaveOptions options) {
    public Input {
      requireNonNull(leaveCase, "leaveCase");
      requireNonNull(options, "options");
    }
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

  private AnnualLeaveCalculation() {}

  @Override
  public String kind() {
    return "annual-leave";
  }

  @Override
  public int formatVersion() {
    return 1;
  }

  @Override
  public Class<AnnualLeaveResult> resultType() {
    return AnnualLeaveResult.class;
  }

  @Override
  public KeyRegistry keys() {
    return AnnualLeaveKeys.REGISTRY;
  }

  @Override
  public Input read(JsonNode caseNode, JsonNode optionsNode) {
    AnnualLeaveCaseFile f = bind(caseNode, AnnualLeaveCaseFile.class, "case");
    AnnualLeaveOptions options = AnnualLeaveOptions.defaults();
    if (optionsNode != null && !optionsNode.isNull()) {
      AnnualLeaveOptions given = bind(optionsNode, OptionsFile.class, "options").toOptions();
      options = given;
    }
    List<Violation> vs = new ArrayList<>();
    AnnualLeaveCase c = check(f, vs);
    if (!vs.isEmpty()) {
      throw new InvalidInputException(vs);
    }
    return new Input(c, options);
  }

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

  @Override
  public List<Violation> validate(Input input, Parameters parameters) {
    try {
      compute(input, parameters);
      return List.of();
    } catch (InvalidInputException e) {
      return e.violations();
    }
  }

  @Override
  public AnnualLeaveResult compute(Input input, Parameters parameters) {
    requireNonNull(input, "input");
    requireNonNull(parameters, "parameters");
    AnnualLeaveCase c = input.leaveCase();
    List<AnnualLeaveResult.YearResult> out = new ArrayList<>();
    Money total = Money.ZERO;
    try {
      for (LeaveYear y : c.years()) {
        LeaveDays days = Entitlement.of(c, y, input.options(), parameters);
        LeaveLine line = UnusedLeavePay.line(c, y, days, parameters);
        out.add(new AnnualLeaveResult.YearResult(days, line));
        total = total.plus(((LineValue.OneTime) line.value()).amount());
      }
    } catch (MissingParameterException e) {
      throw new InvalidInputException(
          List.of(Violation.of("parameters", e.code(), e.messageZh(), e.messageEn())));
    } catch (LaborCalcException e) {
      if (e instanceof InvalidInputException i) {
        throw i;
      }
      throw new InvalidInputException(
          List.of(Violation.of("case", e.code(), e.messageZh(), e.messageEn())));
    }
    return new AnnualLeaveResult(out, c.monthlyWage(), total, input.options());
  }

  @Override
  public String toJson(AnnualLeaveResult r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", RESULT_FORMAT);
    ObjectNode opts = root.putObject("options");
    opts.put("truncation", r.options().truncation().name());
    opts.put("bandChange", r.options().bandChange().name());
    root.put("monthlyWage", r.monthlyWage().toString());
    ArrayNode lines = root.putArray("lines");
    for (AnnualLeaveResult.YearResult y : r.years()) {
      LeaveDays d = y.days();
      LeaveLine l = y.line();
      ObjectNode n = lines.addObject();
      n.put("item", l.code());
      n.put("year", d.year());
      n.put("amount", ((LineValue.OneTime) l.value()).amount().toString());
      n.put("payer", "EMPLOYER");
      ObjectNode days = n.putObject("days");
      days.put("from", d.from().toString());
      days.put("to", d.to().toString());
      days.put("kind", d.kind().name());
      ArrayNode segs = days.putArray("segments");
      for (LeaveDays.Segment s : d.segments()) {
        ObjectNode sn = segs.addObject();
        sn.put("from", s.from().toString());
        sn.put("to", s.to().toString());
        sn.put("days", s.days());
        sn.put("bandDays", s.bandDays());
      }
      days.put("proratedExact", d.proratedExact().toPlainString());
      days.put("taken", d.taken().toPlainString());
      days.put("unused", d.unused().toPlainString());
      if (d.disqualifiedBy() != null) {
        days.put("disqualifiedBy", d.disqualifiedBy().toChinese());
      }
      n.put("formula", l.formulaText(Language.ZH));
      n.put("formulaEn", l.formulaText(Language.EN));
      ArrayNode cites = n.putArray("citations");
      for (Citation c : l.citations()) {
        cites.add(c.toChinese());
      }
      ArrayNode params = n.putArray("parameters");
      l.parameters()
          .forEach(
              p -> {
                ObjectNode pn = params.addObject();
                pn.put("key", p.key());
                pn.put("value", p.value());
                pn.put("pack", p.pack());
                pn.put("verification", p.verification() == null ? null : p.verification().name());
              });
    }
    root.put("total", r.total().toString());
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String sheet(AnnualLeaveResult r, SheetFormat format) {
    StringBuilder out = new StringBuilder();
    boolean md = format != SheetFormat.TEXT;
    out.append(md ? "# 未休年休假工资计算清单\n\n" : "未休年休假工资计算清单\n");
    out.append(md ? "- " : "")
        .append("月工资（剔除加班工资）：")
        .append(r.monthlyWage().toGroupedString())
        .append("；选项：")
        .append(r.options().truncation())
        .append("，")
        .append(r.options().bandChange())
        .append('\n');
    for (AnnualLeaveResult.YearResult y : r.years()) {
      LeaveDays d = y.days();
      out.append(md ? "- " : "")
          .append(d.year())
          .append("年：应休未休 ")
          .append(d.unused().toPlainString())
          .append(" 天（折算 ")
          .append(d.proratedExact().stripTrailingZeros().toPlainString())
          .append("，已休 ")
          .append(d.taken().toPlainString())
          .append("）；")
          .append(
              md
                  ? y.line().formulaText(Language.ZH).replace("*", "\\*")
                  : y.line().formulaText(Language.ZH))
          .append("；");
      List<String> cs = new ArrayList<>();
      y.line().citations().forEach(c -> cs.add(c.toChinese()));
      out.append(String.join("、", new java.util.LinkedHashSet<>(cs))).append('\n');
    }
    out.append(md ? "\n**合计 " : "合计 ")
        .append(r.total().toGroupedString())
        .append(md ? "**\n" : "\n");
    return out.toString();
  }

  private static <T> T bind(JsonNode node, Class<T> type, String root) {
    try {
      return MAPPER.treeToValue(node, type);
    } catch (JsonMappingException e) {
      StringBuilder path = new StringBuilder(root);
      for (JsonMappingException.Reference r : e.getPath()) {
        if (r.getFieldName() != null) {
          path.append('.').append(r.getFieldName());
        } else if (r.getIndex() >= 0) {
          path.append('[').append(r.getIndex()).append(']');
        }
      }
      throw InvalidInputException.of(
          path.toString(),
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
