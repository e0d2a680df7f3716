package org.laborcalc.leave;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.SheetFormat;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.LaborCalcException;
import org.laborcalc.error.Violation;
import org.laborcalc.law.Citation;
import org.laborcalc.leave.AnnualLeaveCase.LeaveYear;
import org.laborcalc.leave.internal.Entitlement;
import org.laborcalc.leave.internal.UnusedLeavePay;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.KeyRegistry;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.result.Language;
import org.laborcalc.result.LineValue;
import org.laborcalc.sheet.Sheet;
import org.laborcalc.sheet.SheetOptions;

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

  /** A case file's input: the facts and the options. */
  public record Input(AnnualLeaveCase leaveCase, AnnualLeaveOptions options) {
    public Input {
      requireNonNull(leaveCase, "leaveCase");
      requireNonNull(options, "options");
    }
  }

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
    return AnnualLeaveCaseFileReader.read(caseNode, optionsNode);
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
    ObjectNode root = AnnualLeaveCaseFileReader.MAPPER.createObjectNode();
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
      return AnnualLeaveCaseFileReader.MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String sheet(AnnualLeaveResult r, SheetFormat format) {
    return sheet(r, format, SheetOptions.DEFAULT);
  }

  @Override
  public Sheet sheetContent(AnnualLeaveResult r) {
    return AnnualLeaveSheet.of(r);
  }
}
