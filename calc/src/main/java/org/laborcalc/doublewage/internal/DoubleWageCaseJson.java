package org.laborcalc.doublewage.internal;

import static org.laborcalc.calculation.internal.CaseFields.option;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.internal.CaseFields;
import org.laborcalc.doublewage.DoubleWageCase;
import org.laborcalc.doublewage.DoubleWageCase.FindingKind;
import org.laborcalc.doublewage.DoubleWageCase.Ground;
import org.laborcalc.doublewage.DoubleWageCase.OpenEndedGround;
import org.laborcalc.doublewage.DoubleWageOptions;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.JsonPaths;
import org.laborcalc.json.StrictRecordMapper;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;

/**
 * The case file of kind {@code "double-wage"}: its {@code case} bound to the records below, then
 * turned into a {@link DoubleWageCase} (the cross-field checks are {@link CaseChecks}, shared with
 * the typed API), and its {@code options}; every problem at its path from the file's root.
 */
public final class DoubleWageCaseJson {
  private DoubleWageCaseJson() {}

  /** At most this many wage rows or findings: a file with more is a mistake, not a case. */
  static final int MAX_ROWS = 1200;

  /** The case and its options, read. */
  public record Read(DoubleWageCase doubleWageCase, DoubleWageOptions options) {}

  record CaseDto(
      String region,
      Ground ground,
      EmploymentDto employment,
      LocalDate signedOn,
      LocalDate expiredOn,
      OpenEndedDto openEnded,
      LocalDate asOf,
      List<WageDto> wages,
      String agreedWage,
      Integer payDay,
      List<FindingDto> findings) {}

  record EmploymentDto(LocalDate start, LocalDate end) {}

  record OpenEndedDto(
      LocalDate dueOn,
      OpenEndedGround ground,
      Boolean workerRequestedOrAgreed,
      Boolean workerProposedFixedTerm) {}

  record WageDto(YearMonth month, YearMonth through, String normalWage, String overtimePay) {}

  record FindingDto(FindingKind kind, LocalDate from, LocalDate to, String basis) {}

  private static final JsonMapper JSON = mapper();

  private static JsonMapper mapper() {
    JsonMapper m = StrictRecordMapper.create();
    m.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    return m;
  }

  /**
   * The case and options.
   *
   * @throws InvalidInputException listing the problems, paths from the file's root
   */
  public static Read read(JsonNode caseNode, JsonNode optionsNode) {
    List<Violation> out = new ArrayList<>();
    DoubleWageOptions options = options(optionsNode, out);
    CaseDto dto = null;
    if (caseNode == null || !caseNode.isObject()) {
      out.add(Violation.of("case", "REQUIRED", "缺少案件内容（对象）", "the case (an object) is missing"));
    } else {
      try {
        dto = JSON.treeToValue(caseNode, CaseDto.class);
      } catch (JsonMappingException e) {
        out.add(JsonPaths.violationOf("case", e));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        out.add(Violation.of("case", "INVALID_CASE", "案件内容无法读取", "the case cannot be read"));
      }
    }
    if (dto == null) {
      throw new InvalidInputException(out);
    }
    DoubleWageCase c = toCase(dto, out);
    if (!out.isEmpty()) {
      throw new InvalidInputException(out);
    }
    return new Read(c, options);
  }

  private static DoubleWageCase toCase(CaseDto d, List<Violation> out) {
    Region region = CaseFields.region(d.region(), "case.region", out);
    LocalDate start = d.employment() == null ? null : d.employment().start();
    if (start == null) {
      out.add(CaseFields.required("case.employment.start"));
    }
    DoubleWageCase.OpenEndedDue openEnded = null;
    if (d.openEnded() != null) {
      OpenEndedDto o = d.openEnded();
      boolean ok = true;
      if (o.dueOn() == null) {
        out.add(CaseFields.required("case.openEnded.dueOn"));
        ok = false;
      }
      if (o.ground() == null) {
        out.add(CaseFields.required("case.openEnded.ground"));
        ok = false;
      }
      if (o.workerRequestedOrAgreed() == null) {
        out.add(CaseFields.required("case.openEnded.workerRequestedOrAgreed"));
        ok = false;
      }
      if (ok) {
        openEnded =
            new DoubleWageCase.OpenEndedDue(
                o.dueOn(),
                o.ground(),
                o.workerRequestedOrAgreed(),
                Boolean.TRUE.equals(o.workerProposedFixedTerm()));
      }
    }
    List<DoubleWageCase.MonthWage> wages = new ArrayList<>();
    List<WageDto> ws = d.wages() == null ? List.of() : d.wages();
    if (ws.size() > MAX_ROWS) {
      out.add(
          Violation.of(
              "case.wages",
              "OUT_OF_RANGE",
              "工资行数不得超过" + MAX_ROWS,
              "at most " + MAX_ROWS + " wage rows"));
      ws = List.of();
    }
    int months = 0;
    for (int i = 0; i < ws.size(); i++) {
      WageDto w = ws.get(i);
      String p = "case.wages[" + i + "]";
      if (w == null || w.month() == null) {
        out.add(CaseFields.required(p + ".month"));
        continue;
      }
      YearMonth through = w.through() == null ? w.month() : w.through();
      if (through.isBefore(w.month())) {
        out.add(
            Violation.of(p + ".through", "OUT_OF_RANGE", "截止月份早于起始月份", "through is before month"));
        continue;
      }
      if (w.month().getYear() < 1990 || through.getYear() > 2100) {
        out.add(
            Violation.of(
                p + ".month",
                "OUT_OF_RANGE",
                "月份须在1990至2100年之间",
                "the month must be 1990 to 2100"));
        continue;
      }
      Money normal = CaseFields.money(w.normalWage(), p + ".normalWage", false, out);
      Money overtime =
          w.overtimePay() == null
              ? Money.ZERO
              : CaseFields.money(w.overtimePay(), p + ".overtimePay", false, out);
      if (normal == null || overtime == null) {
        continue;
      }
      for (YearMonth m = w.month(); !m.isAfter(through); m = m.plusMonths(1)) {
        if (++months > MAX_ROWS) {
          out.add(Violation.of(p + ".through", "OUT_OF_RANGE", "工资月份过多", "too many wage months"));
          break;
        }
        wages.add(new DoubleWageCase.MonthWage(m, normal, overtime));
      }
    }
    Money agreed =
        d.agreedWage() == null
            ? null
            : CaseFields.money(d.agreedWage(), "case.agreedWage", false, out);
    List<DoubleWageCase.Finding> findings = new ArrayList<>();
    List<FindingDto> fs = d.findings() == null ? List.of() : d.findings();
    if (fs.size() > MAX_ROWS) {
      out.add(Violation.of("case.findings", "OUT_OF_RANGE", "认定事项过多", "too many findings"));
      fs = List.of();
    }
    for (int i = 0; i < fs.size(); i++) {
      FindingDto f = fs.get(i);
      String p = "case.findings[" + i + "]";
      if (f == null || f.kind() == null || f.from() == null || f.to() == null) {
        out.add(
            Violation.of(
                p, "REQUIRED", "认定事项须写明 kind、from、to", "a finding needs kind, from and to"));
        continue;
      }
      findings.add(new DoubleWageCase.Finding(f.kind(), f.from(), f.to(), f.basis()));
    }
    if (!out.isEmpty()) {
      return null;
    }
    return new DoubleWageCase(
        region,
        d.ground() == null ? Ground.NO_WRITTEN_CONTRACT : d.ground(),
        start,
        d.employment().end(),
        d.signedOn(),
        d.expiredOn(),
        openEnded,
        d.asOf(),
        wages,
        agreed,
        d.payDay(),
        findings);
  }

  /**
   * The file's {@code options}: each absent option takes its default; an unknown one is located.
   */
  static DoubleWageOptions options(JsonNode node, List<Violation> out) {
    DoubleWageOptions defaults = DoubleWageOptions.defaults();
    return CaseFields.options(
        node,
        defaults,
        defaults.asMap().keySet(),
        (o, name, v, path) ->
            switch (name) {
              case "doubleWage.dayCounting" ->
                  o.withDayCounting(option(v, DoubleWageOptions.DayCounting.class, path));
              case "doubleWage.partMonth" ->
                  o.withPartMonth(option(v, DoubleWageOptions.PartMonth.class, path));
              case "doubleWage.cap" -> o.withCap(option(v, DoubleWageOptions.Cap.class, path));
              case "doubleWage.wage" ->
                  o.withWage(option(v, DoubleWageOptions.WageBasis.class, path));
              case "doubleWage.art82_2Cap" ->
                  o.withArt82Para2Cap(option(v, DoubleWageOptions.Art82Para2Cap.class, path));
              default -> throw new IllegalStateException("option without a reader: " + name);
            },
        out);
  }
}
