package org.laborcalc.severance.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.internal.CaseFields;
import org.laborcalc.employment.Employment;
import org.laborcalc.employment.InitiatedBy;
import org.laborcalc.employment.Termination;
import org.laborcalc.employment.TerminationGround;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.JsonPaths;
import org.laborcalc.json.StrictRecordMapper;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.severance.SeveranceCase;
import org.laborcalc.severance.SeveranceOptions;
import org.laborcalc.wage.ConflictPolicy;
import org.laborcalc.wage.EvidenceItem;
import org.laborcalc.wage.EvidenceKind;
import org.laborcalc.wage.PartialMonthPolicy;
import org.laborcalc.wage.ProceduralFacts;
import org.laborcalc.wage.WageOptions;

/**
 * Reads the {@code case} and {@code options} of a severance case file ({@code
 * docs/schema/severance-case.schema.json}) with Jackson databind over the records below; every
 * problem a located {@link Violation} in Chinese and English. Amounts are strings ("6500.00"),
 * never JSON numbers. Thread-safe.
 */
public final class SeveranceCaseJson {
  private SeveranceCaseJson() {}

  /** The case and options as read. */
  public record Read(SeveranceCase severanceCase, SeveranceOptions options) {}

  record CaseDto(
      String region,
      String agreedRegistrationPlace,
      EmploymentDto employment,
      TerminationDto termination,
      NoticePayDto noticePay,
      ReinstatementDto reinstatement,
      BigDecimal pre2008MonthsFound,
      WageDto wage,
      PriorServiceDto priorService) {}

  record PriorServiceDto(LocalDate start, LocalDate lastDay, Boolean compensationPaid) {}

  record EmploymentDto(
      LocalDate start,
      List<SuspensionDto> suspensions,
      LocalDate contractSignedOn,
      Boolean publicWelfarePost) {}

  record SuspensionDto(LocalDate from, LocalDate lastDay, SeveranceCase.Suspension.Ground ground) {}

  record TerminationDto(
      LocalDate date,
      InitiatedBy initiatedBy,
      TerminationGround ground,
      Boolean unlawful,
      Boolean contractCannotContinue,
      LocalDate writtenNoticeDate,
      List<org.laborcalc.severance.ProtectedCircumstance> protectedUnderArt42) {}

  record NoticePayDto(String lastMonthStandardWage) {}

  record ReinstatementDto(
      LocalDate resumedOn, String normalMonthlyWage, BigDecimal employerSharePercent) {}

  record WageDto(
      List<EvidenceDto> evidence,
      ProcedureDto procedure,
      WageOptionsDto options,
      List<YearMonth> abnormalMonths,
      List<OvertimeDto> overtimePay) {}

  record OvertimeDto(YearMonth month, YearMonth through, String amount) {}

  record EvidenceDto(
      String id,
      EvidenceKind kind,
      YearMonth month,
      YearMonth through,
      String amount,
      String source,
      Boolean signedByWorker,
      Boolean payerIsEmployer,
      Boolean netOfDeductions,
      Boolean nonWage,
      String nonWageReason) {}

  record ProcedureDto(ProceduralFacts.ProductionOrder payrollOrder, String orderReference) {}

  record WageOptionsDto(ConflictPolicy conflictPolicy, PartialMonthPolicy partialMonthPolicy) {}

  /** At most this many evidence items: a file with more is a mistake, not a case. */
  static final int MAX_EVIDENCE = 5000;

  private static final JsonMapper JSON = StrictRecordMapper.create();

  /**
   * The case and options.
   *
   * @throws InvalidInputException listing the problems, paths from the file's root
   */
  public static Read read(JsonNode caseNode, JsonNode optionsNode) {
    List<Violation> out = new ArrayList<>();
    SeveranceOptions options = SeveranceOptionsJson.read(optionsNode, out);
    CaseDto dto = null;
    try {
      dto = JSON.treeToValue(caseNode, CaseDto.class);
    } catch (JsonMappingException e) {
      out.add(JsonPaths.violationOf("case", e));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      out.add(Violation.of("case", "INVALID_CASE", "案件内容无法读取", "the case cannot be read"));
    }
    if (dto == null) {
      if (out.isEmpty()) {
        out.add(Violation.of("case", "REQUIRED", "缺少案件内容", "the case is missing"));
      }
      throw new InvalidInputException(out);
    }
    SeveranceCase c = toCase(dto, out);
    if (!out.isEmpty()) {
      throw new InvalidInputException(out);
    }
    return new Read(c, options);
  }

  private static SeveranceCase toCase(CaseDto d, List<Violation> out) {
    Region region = CaseFields.region(d.region(), "case.region", out);
    LocalDate start =
        CaseFields.required(
            d.employment() == null ? null : d.employment().start(), "case.employment.start", out);
    TerminationDto t = d.termination();
    if (t == null) {
      out.add(CaseFields.required("case.termination"));
      t = new TerminationDto(null, null, null, null, null, null, null);
    }
    LocalDate end = CaseFields.required(t.date(), "case.termination.date", out);
    InitiatedBy by = CaseFields.required(t.initiatedBy(), "case.termination.initiatedBy", out);
    TerminationGround ground = CaseFields.required(t.ground(), "case.termination.ground", out);
    Money standard =
        d.noticePay() == null
            ? null
            : CaseFields.money(
                d.noticePay().lastMonthStandardWage(),
                "case.noticePay.lastMonthStandardWage",
                true,
                out);
    SeveranceCase.Reinstatement re = null;
    if (d.reinstatement() != null) {
      LocalDate resumed =
          CaseFields.required(d.reinstatement().resumedOn(), "case.reinstatement.resumedOn", out);
      Money normal =
          CaseFields.money(
              d.reinstatement().normalMonthlyWage(),
              "case.reinstatement.normalMonthlyWage",
              true,
              out);
      if (resumed != null && normal != null) {
        re =
            new SeveranceCase.Reinstatement(
                resumed, normal, d.reinstatement().employerSharePercent());
      }
    }
    WageDto w = d.wage() == null ? new WageDto(null, null, null, null, null) : d.wage();
    List<EvidenceItem> evidence = new ArrayList<>();
    List<EvidenceDto> items = w.evidence() == null ? List.of() : w.evidence();
    if (items.size() > MAX_EVIDENCE) {
      out.add(
          Violation.of(
              "case.wage.evidence",
              "TOO_MANY",
              "工资证据最多" + MAX_EVIDENCE + "项（现有" + items.size() + "项）",
              "at most " + MAX_EVIDENCE + " evidence items (" + items.size() + " given)"));
      items = List.of();
    }
    for (int i = 0; i < items.size(); i++) {
      EvidenceDto e = items.get(i);
      String p = "case.wage.evidence[" + i + "]";
      if (e == null) {
        out.add(CaseFields.required(p));
        continue;
      }
      EvidenceKind kind = CaseFields.required(e.kind(), p + ".kind", out);
      YearMonth month = CaseFields.required(e.month(), p + ".month", out);
      Money amount = CaseFields.money(e.amount(), p + ".amount", true, out);
      if (kind == null || month == null || amount == null) {
        continue;
      }
      evidence.add(
          new EvidenceItem(
              e.id(),
              kind,
              month,
              e.through(),
              amount,
              e.source(),
              Boolean.TRUE.equals(e.signedByWorker()),
              e.payerIsEmployer() == null || e.payerIsEmployer(),
              e.netOfDeductions() == null
                  ? kind == EvidenceKind.BANK_STATEMENT
                  : e.netOfDeductions(),
              Boolean.TRUE.equals(e.nonWage()),
              e.nonWageReason()));
    }
    ProceduralFacts procedure =
        w.procedure() == null || w.procedure().payrollOrder() == null
            ? ProceduralFacts.none()
            : new ProceduralFacts(w.procedure().payrollOrder(), w.procedure().orderReference());
    WageOptions wageOptions = WageOptions.defaults();
    if (w.options() != null) {
      if (w.options().conflictPolicy() != null) {
        wageOptions = wageOptions.withConflictPolicy(w.options().conflictPolicy());
      }
      if (w.options().partialMonthPolicy() != null) {
        wageOptions = wageOptions.withPartialMonthPolicy(w.options().partialMonthPolicy());
      }
    }
    List<YearMonth> abnormal = w.abnormalMonths() == null ? List.of() : w.abnormalMonths();
    for (int i = 0; i < abnormal.size(); i++) {
      if (abnormal.get(i) == null) {
        out.add(CaseFields.required("case.wage.abnormalMonths[" + i + "]"));
      }
    }
    List<SeveranceCase.OvertimePay> overtime = new ArrayList<>();
    List<OvertimeDto> ots = w.overtimePay() == null ? List.of() : w.overtimePay();
    for (int i = 0; i < ots.size(); i++) {
      OvertimeDto e = ots.get(i);
      String p = "case.wage.overtimePay[" + i + "]";
      if (e == null) {
        out.add(CaseFields.required(p));
        continue;
      }
      YearMonth month = CaseFields.required(e.month(), p + ".month", out);
      Money amount = CaseFields.money(e.amount(), p + ".amount", false, out);
      if (month != null && amount != null) {
        overtime.add(new SeveranceCase.OvertimePay(month, e.through(), amount));
      }
    }
    List<SeveranceCase.Suspension> suspensions = new ArrayList<>();
    List<SuspensionDto> sus =
        d.employment() == null || d.employment().suspensions() == null
            ? List.of()
            : d.employment().suspensions();
    for (int i = 0; i < sus.size(); i++) {
      SuspensionDto e = sus.get(i);
      String p = "case.employment.suspensions[" + i + "]";
      if (e == null) {
        out.add(CaseFields.required(p));
        continue;
      }
      LocalDate from = CaseFields.required(e.from(), p + ".from", out);
      LocalDate last = CaseFields.required(e.lastDay(), p + ".lastDay", out);
      SeveranceCase.Suspension.Ground why = CaseFields.required(e.ground(), p + ".ground", out);
      if (from != null && last != null && why != null) {
        suspensions.add(new SeveranceCase.Suspension(from, last, why));
      }
    }
    List<org.laborcalc.severance.ProtectedCircumstance> protectedBy =
        t.protectedUnderArt42() == null ? List.of() : t.protectedUnderArt42();
    for (int i = 0; i < protectedBy.size(); i++) {
      if (protectedBy.get(i) == null) {
        out.add(CaseFields.required("case.termination.protectedUnderArt42[" + i + "]"));
      }
    }
    Region registration =
        d.agreedRegistrationPlace() == null
            ? null
            : CaseFields.region(d.agreedRegistrationPlace(), "case.agreedRegistrationPlace", out);
    SeveranceCase.PriorService prior = null;
    if (d.priorService() != null) {
      LocalDate ps = CaseFields.required(d.priorService().start(), "case.priorService.start", out);
      LocalDate pl =
          CaseFields.required(d.priorService().lastDay(), "case.priorService.lastDay", out);
      if (ps != null && pl != null) {
        prior =
            new SeveranceCase.PriorService(
                ps, pl, Boolean.TRUE.equals(d.priorService().compensationPaid()));
      }
    }
    if (!out.isEmpty()) {
      return null;
    }
    return new SeveranceCase(
        region,
        new Employment(
            start, new Termination(end, by, ground.isLabourContractLawArticle38()), false),
        ground,
        Boolean.TRUE.equals(t.unlawful()),
        Boolean.TRUE.equals(t.contractCannotContinue()),
        t.writtenNoticeDate(),
        standard,
        re,
        d.pre2008MonthsFound(),
        evidence,
        procedure,
        wageOptions,
        abnormal,
        prior,
        overtime,
        suspensions,
        protectedBy,
        d.employment() == null ? null : d.employment().contractSignedOn(),
        d.employment() != null && Boolean.TRUE.equals(d.employment().publicWelfarePost()),
        registration);
  }
}
