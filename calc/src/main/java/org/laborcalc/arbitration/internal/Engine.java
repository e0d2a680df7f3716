package org.laborcalc.arbitration.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.laborcalc.arbitration.ArbitrationCase;
import org.laborcalc.arbitration.ArbitrationCase.Claim;
import org.laborcalc.arbitration.ArbitrationCase.LimitationEvent;
import org.laborcalc.arbitration.ArbitrationOptions;
import org.laborcalc.arbitration.ArbitrationResult;
import org.laborcalc.arbitration.ClaimLine;
import org.laborcalc.arbitration.ClaimResult;
import org.laborcalc.arbitration.ClaimStatus;
import org.laborcalc.arbitration.ClaimType;
import org.laborcalc.arrears.WageArrearsLine;
import org.laborcalc.arrears.WageArrearsResult;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.doublewage.DoubleWageLine;
import org.laborcalc.doublewage.DoubleWageResult;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.finality.AwardClass;
import org.laborcalc.finality.AwardItem;
import org.laborcalc.finality.FinalAward;
import org.laborcalc.finality.FinalityResult;
import org.laborcalc.finality.FinalityThreshold;
import org.laborcalc.finality.ItemFinality;
import org.laborcalc.finality.MinimumWageDate;
import org.laborcalc.illegal.IllegalEmploymentResult;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.law.Citation;
import org.laborcalc.leave.AnnualLeaveResult;
import org.laborcalc.limitation.Limitation;
import org.laborcalc.limitation.LimitationResult;
import org.laborcalc.limitation.LimitationStatus;
import org.laborcalc.money.Money;
import org.laborcalc.overtime.OvertimeResult;
import org.laborcalc.parameters.MissingParameterException;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.result.Line;
import org.laborcalc.result.LineValue;
import org.laborcalc.result.Note;
import org.laborcalc.result.Party;
import org.laborcalc.result.Share;
import org.laborcalc.severance.SeveranceResult;

/**
 * Computes an arbitration case: each claim by its own calculation, then the rules that link claims
 * (实施条例 art. 25: no 经济补偿 beside 赔偿金; 劳动合同法 art. 48: no 赔偿金 beside continued performance), then per
 * line the time limit (劳动争议调解仲裁法 art. 27), per claim the finality (art. 47), and the totals.
 * Stateless.
 */
public final class Engine {
  private Engine() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** What one claim's calculation gave. */
  private record Computed(Claim claim, Object result, List<Violation> missing) {}

  /**
   * The result.
   *
   * @throws InvalidInputException for a problem a claim's calculation finds in its facts, located
   *     where the fact is written
   */
  public static ArbitrationResult compute(
      ArbitrationCase c, ArbitrationOptions options, Parameters parameters) {
    List<Violation> problems = new ArrayList<>();
    List<Computed> computed = new ArrayList<>();
    for (Claim claim : c.claims()) {
      computed.add(run(claim, parameters, problems));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<ClaimResult> claims = new ArrayList<>();
    for (Computed k : computed) {
      claims.add(claim(c, options, k, computed, problems));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<Violation> missing = new ArrayList<>();
    claims.forEach(cr -> missing.addAll(cr.missing()));
    FinalityResult finality = finality(c, options, parameters, claims, missing);
    claims = withFinality(claims, finality);
    List<Note> warnings = warnings(claims);
    return new ArbitrationResult(
        c,
        options,
        findings(computed),
        claims,
        finality,
        totals(claims, finality),
        NOT_MODELLED,
        warnings,
        distinct(missing));
  }

  private static Computed run(Claim claim, Parameters parameters, List<Violation> problems) {
    try {
      Object r = computeWith(claim.calculation(), claim.input(), parameters);
      return new Computed(claim, r, missingOf(claim.calculation(), r));
    } catch (InvalidInputException e) {
      List<Violation> figures =
          e.violations().stream().filter(v -> v.path().startsWith("parameters")).toList();
      if (figures.size() == e.violations().size()) {
        return new Computed(claim, null, figures);
      }
      List<CaseReader.Projection> projections = CaseReader.projections(claim.type());
      List<CaseReader.Projection> fromRoot =
          projections.stream().filter(p -> !p.claimMayDiffer()).toList();
      for (Violation v : e.violations()) {
        problems.add(
            CaseReader.relocate(
                v,
                claim.id(),
                claim.type(),
                claim.index(),
                JSON.createObjectNode(),
                projections,
                fromRoot));
      }
      return new Computed(claim, null, List.of());
    }
  }

  @SuppressWarnings("unchecked")
  private static <C, R> R computeWith(Calculation<C, R> calc, Object input, Parameters p) {
    return calc.compute((C) input, p);
  }

  @SuppressWarnings("unchecked")
  private static <C, R> List<Violation> missingOf(Calculation<C, R> calc, Object result) {
    return calc.missing((R) result);
  }

  @SuppressWarnings("unchecked")
  private static <C, R> String jsonOf(Calculation<C, R> calc, Object result) {
    return calc.toJson((R) result);
  }

  private static List<? extends Line> linesOf(Object r) {
    if (r instanceof SeveranceResult s) {
      return s.lines();
    } else if (r instanceof DoubleWageResult d) {
      return d.lines();
    } else if (r instanceof OvertimeResult o) {
      return o.lines();
    } else if (r instanceof AnnualLeaveResult a) {
      return a.years().stream().map(AnnualLeaveResult.YearResult::line).toList();
    } else if (r instanceof WageArrearsResult w) {
      return w.lines();
    } else if (r instanceof WorkInjuryResult w) {
      return w.lines();
    } else if (r instanceof IllegalEmploymentResult i) {
      return i.lines();
    }
    throw new IllegalStateException("no lines for " + r.getClass().getName());
  }

  /** What a line adds to its claim: a one-time amount, or what a monthly item has accrued. */
  static Money amountOf(Line l) {
    if (l.value() instanceof LineValue.OneTime one) {
      return one.amount();
    }
    if (l.value() instanceof LineValue.Monthly m && m.accrued() != null) {
      return m.accrued();
    }
    return Money.ZERO;
  }

  private static ClaimResult claim(
      ArbitrationCase c,
      ArbitrationOptions options,
      Computed k,
      List<Computed> all,
      List<Violation> problems) {
    Claim claim = k.claim();
    ClaimType type = claim.type();
    Money zero = Money.ZERO;
    if (k.result() == null) {
      List<String> keys = new ArrayList<>();
      for (Violation v : k.missing()) {
        String key = v.fields().getOrDefault("key", v.path());
        if (!keys.contains(key)) {
          keys.add(key);
        }
      }
      return new ClaimResult(
          claim.id(),
          type,
          ClaimStatus.NEEDS_INPUT,
          new Note(
              "缺少计算所需的数字：" + String.join("、", keys) + "（见缺少的数字清单）",
              "figures needed are missing: " + String.join(", ", keys) + " (see the missing list)"),
          List.of(),
          List.of(),
          zero,
          zero,
          Optional.empty(),
          List.of(),
          null,
          k.missing(),
          List.of());
    }
    List<Note> warnings = new ArrayList<>();
    List<? extends Line> kindLines = linesOf(k.result());
    List<Line> own = new ArrayList<>();
    for (Line l : kindLines) {
      if (type.lineCodes().isEmpty() || type.lineCodes().contains(l.code())) {
        own.add(l);
      }
    }
    String json = jsonOf(claim.calculation(), k.result());
    Exclusion notDue = own.isEmpty() ? whyNone(type, kindLines, all) : null;
    if (notDue == null && own.stream().allMatch(l -> amountOf(l).isZero())) {
      List<Citation> cited = new ArrayList<>();
      own.forEach(l -> cited.addAll(l.citations()));
      notDue =
          new Exclusion(
              ClaimStatus.NOT_DUE,
              new Note("依所认定的事实，本项请求无应付金额", "nothing is due on the facts found"),
              Citation.distinct(cited));
    }
    List<ClaimLine> lines = new ArrayList<>();
    Money amount = zero;
    Money ifRaised = zero;
    for (int i = 0; i < own.size(); i++) {
      Line l = own.get(i);
      if (l.value() instanceof LineValue.OnDate) {
        continue; // a date (a deemed open-ended contract) is in the claim's own result, not money
      }
      if (l.value() instanceof LineValue.Monthly m && m.accrued() == null) {
        warnings.add(
            new Note(
                l.name().zh() + "按月支付（每月" + m.perMonth().toGroupedString() + "元），未计入合计",
                l.name().en()
                    + " is paid monthly ("
                    + m.perMonth().toGroupedString()
                    + " a month) and is not in the total"));
      }
      LimitationResult lim = limitation(c, options, claim, k.result(), l, problems);
      if (lim == null) {
        continue;
      }
      Money a = amountOf(l);
      lines.add(new ClaimLine(l, a, awardClass(type, options, l, warnings), lim));
      amount = amount.plus(a);
      if (lim.status().orElse(null) != LimitationStatus.EXPIRED_IF_RAISED) {
        ifRaised = ifRaised.plus(a);
      }
    }
    Optional<LimitationStatus> summary = summary(lines);
    if (type == ClaimType.BACK_PAY_AFTER_REINSTATEMENT || type == ClaimType.OVERTIME_PAY) {
      warnings.add(
          new Note(
              "本项按劳动报酬适用仲裁时效（劳动争议调解仲裁法第二十七条第四款），此为多数观点，尚有争议",
              "this claim's limit is that of labour remuneration (art. 27 ¶4), the majority view,"
                  + " not settled"));
    }
    if (notDue != null) {
      return new ClaimResult(
          claim.id(),
          type,
          notDue.status(),
          notDue.reason(),
          notDue.citations(),
          lines,
          zero,
          zero,
          summary,
          List.of(),
          json,
          k.missing(),
          warnings);
    }
    return new ClaimResult(
        claim.id(),
        type,
        ClaimStatus.COMPUTED,
        null,
        List.of(),
        lines,
        amount,
        ifRaised,
        summary,
        List.of(),
        json,
        k.missing(),
        warnings);
  }

  private record Exclusion(ClaimStatus status, Note reason, List<Citation> citations) {}

  private static boolean claimed(List<Computed> all, ClaimType type) {
    return all.stream().anyMatch(k -> k.claim().type() == type && k.result() != null);
  }

  private static boolean has(List<? extends Line> lines, String code) {
    return lines.stream().anyMatch(l -> l.code().equals(code) && !amountOf(l).isZero());
  }

  /**
   * Why a termination-money claim has no line of its own: the rule that excludes it beside another
   * claim, or why the severance calculation gives none on these facts.
   */
  private static Exclusion whyNone(
      ClaimType type, List<? extends Line> kindLines, List<Computed> all) {
    switch (type) {
      case SEVERANCE -> {
        if (has(kindLines, "WRONGFUL_TERMINATION_DAMAGES")) {
          if (claimed(all, ClaimType.WRONGFUL_TERMINATION_DAMAGES)) {
            return new Exclusion(
                ClaimStatus.EXCLUDED_BY_RULE,
                new Note(
                    "已支持违法解除（终止）劳动合同赔偿金，不再支付经济补偿",
                    "damages for the unlawful termination are awarded, so no economic compensation"),
                List.of(Law.DAMAGES_EXCLUDE_COMPENSATION));
          }
          return new Exclusion(
              ClaimStatus.NOT_DUE,
              new Note(
                  "解除（终止）被认定违法，应付的是赔偿金而非经济补偿，而本案未请求赔偿金",
                  "the termination is found unlawful: damages are due instead of economic"
                      + " compensation, and they are not claimed"),
              List.of(Law.DAMAGES_EXCLUDE_COMPENSATION, Law.DAMAGES));
        }
        if (has(kindLines, "BACK_PAY_UNTIL_REINSTATEMENT")) {
          return new Exclusion(
              ClaimStatus.NOT_DUE,
              new Note("劳动合同继续履行，不支付经济补偿", "the contract is performed again: no compensation"),
              List.of(Law.CONTINUE_OR_DAMAGES));
        }
        return new Exclusion(
            ClaimStatus.NOT_DUE,
            new Note(
                "所认定的解除（终止）情形不属于应当支付经济补偿的情形",
                "the ground found is not one on which economic compensation is due"),
            List.of(Law.COMPENSATION_GROUNDS));
      }
      case WRONGFUL_TERMINATION_DAMAGES -> {
        if (has(kindLines, "BACK_PAY_UNTIL_REINSTATEMENT")) {
          if (claimed(all, ClaimType.BACK_PAY_AFTER_REINSTATEMENT)) {
            return new Exclusion(
                ClaimStatus.EXCLUDED_BY_RULE,
                new Note(
                    "劳动合同继续履行并支持继续履行前的工资，不再支付赔偿金",
                    "the contract is performed again and back pay awarded, so no damages"),
                List.of(Law.CONTINUE_OR_DAMAGES));
          }
          return new Exclusion(
              ClaimStatus.NOT_DUE,
              new Note("劳动合同继续履行，不支付赔偿金", "the contract is performed again: no damages"),
              List.of(Law.CONTINUE_OR_DAMAGES));
        }
        return new Exclusion(
            ClaimStatus.NOT_DUE,
            new Note("解除（终止）未被认定违法，不支付赔偿金", "the termination is not found unlawful: no damages"),
            List.of(Law.CONTINUE_OR_DAMAGES, Law.DAMAGES));
      }
      case NOTICE_PAY -> {
        return new Exclusion(
            ClaimStatus.NOT_DUE,
            new Note(
                "不属于用人单位依第四十条解除且未提前三十日书面通知的情形，不支付代通知金",
                "not a lawful art. 40 dismissal without 30 days' written notice: no pay in lieu"),
            List.of(Law.NOTICE_OR_MONTH));
      }
      case BACK_PAY_AFTER_REINSTATEMENT -> {
        return new Exclusion(
            ClaimStatus.NOT_DUE,
            new Note("劳动合同未继续履行，不支付继续履行前的工资", "the contract is not performed again: no back pay"),
            List.of(Law.BACK_PAY));
      }
      default -> {
        return new Exclusion(
            ClaimStatus.NOT_DUE,
            new Note("依所认定的事实，本项请求无应付金额", "nothing is due on the facts found"),
            List.of());
      }
    }
  }

  private static AwardClass awardClass(
      ClaimType type, ArbitrationOptions options, Line l, List<Note> warnings) {
    switch (type) {
      case WORK_INJURY_BENEFITS -> {
        return l.code().equals("MEDICAL_EXPENSES")
            ? AwardClass.WORK_INJURY_MEDICAL_COSTS
            : AwardClass.OTHER;
      }
      case UNUSED_ANNUAL_LEAVE_PAY -> {
        return options.annualLeaveClass()
                == ArbitrationOptions.AnnualLeaveClass.REST_AND_LEAVE_STANDARD
            ? AwardClass.LABOUR_STANDARDS
            : AwardClass.LABOUR_REMUNERATION;
      }
      case WAGE_ARREARS -> {
        if (l.code().startsWith(WageArrearsLine.ADDITIONAL_COMPENSATION)) {
          Note w =
              new Note(
                  "加付赔偿金（劳动合同法第八十五条）未列于办案规则第五十条第二款，按第四十七条第（一）项的赔偿金作数额判断，尚有争议",
                  "additional compensation (art. 85) is not in 办案规则 art. 50 ¶2's list; it is"
                      + " tested by amount as 赔偿金 of art. 47 (一), which is not settled");
          if (!warnings.contains(w)) {
            warnings.add(w);
          }
          return AwardClass.DAMAGES;
        }
        return AwardClass.LABOUR_REMUNERATION;
      }
      case NOTICE_PAY -> {
        Note w =
            new Note(
                "代通知金未列于办案规则第五十条第二款，按劳动报酬作数额判断，尚有争议",
                "pay in lieu of notice is not in 办案规则 art. 50 ¶2's list; it is tested by amount as"
                    + " labour remuneration, which is not settled");
        if (!warnings.contains(w)) {
          warnings.add(w);
        }
        return type.awardClass();
      }
      default -> {
        return type.awardClass();
      }
    }
  }

  // ---------------------------------------------------------------- limitation

  /**
   * The limit of one line, assessed on the application date; null (and a problem recorded) when its
   * accrual cannot be placed.
   */
  private static LimitationResult limitation(
      ArbitrationCase c,
      ArbitrationOptions options,
      Claim claim,
      Object result,
      Line line,
      List<Violation> problems) {
    Limitation base;
    try {
      base = base(c, options, claim, result, line);
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        problems.add(located(claim, v));
      }
      return null;
    }
    if (base == null) {
      problems.add(
          Violation.of(
              "case.payDay",
              "REQUIRED",
              "请求" + claim.id() + "按月计算二倍工资的仲裁时效，须载明工资支付日（payDay），或该月应付日不在节假日数据之内",
              "claim "
                  + claim.id()
                  + "'s per-month time limit needs the pay day (payDay), or the month's pay date is"
                  + " outside the holiday calendar"));
      return null;
    }
    LimitationResult open = base.result();
    LocalDate accrual = open.accrual().orElse(null);
    Limitation l = base.withLastDayRule(options.lastDay());
    if (accrual != null) {
      for (LimitationEvent e : c.events()) {
        if (!e.concerns(claim.id())) {
          continue;
        }
        if (e.interruption() != null) {
          if (!e.from().isBefore(accrual)) {
            l = l.interruptedOn(e.from(), e.interruption());
          }
        } else if (!e.to().isBefore(accrual)) {
          LocalDate from = e.from().isBefore(accrual) ? accrual : e.from();
          l = l.suspended(from, e.to(), e.cause());
        }
      }
    }
    try {
      if (accrual != null && c.applicationDate().isBefore(accrual)) {
        LimitationResult r = l.result();
        return new LimitationResult(
            r.accrual(),
            r.deadline(),
            Optional.of(c.applicationDate()),
            Optional.of(LimitationStatus.WITHIN),
            r.citations());
      }
      return l.assess(c.applicationDate());
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        problems.add(located(claim, v));
      }
      return null;
    }
  }

  private static Violation located(Claim claim, Violation v) {
    String path = claim.knownOn() != null ? claim.path() + ".knownOn" : claim.path();
    return new Violation(
        path,
        v.code(),
        "请求" + claim.id() + "的仲裁时效：" + v.messageZh(),
        "claim " + claim.id() + "'s time limit: " + v.messageEn(),
        v.fields());
  }

  /** The limit before events; null when a month's due date is unknown. */
  private static Limitation base(
      ArbitrationCase c, ArbitrationOptions options, Claim claim, Object result, Line line) {
    if (claim.knownOn() != null) {
      return Limitation.of(claim.knownOn());
    }
    LocalDate end = c.employmentEnd();
    switch (claim.type().accrual()) {
      case TERMINATION -> {
        return Limitation.of(((SeveranceResult) result).input().terminationDate());
      }
      case LABOUR_REMUNERATION -> {
        if (claim.type() == ClaimType.BACK_PAY_AFTER_REINSTATEMENT) {
          return Limitation.ofArrearsWhileEmployed();
        }
        if (result instanceof WageArrearsResult w && w.employmentEnd() != null) {
          end = w.employmentEnd();
        }
        return end == null ? Limitation.ofArrearsWhileEmployed() : Limitation.ofArrearsEndedOn(end);
      }
      case PER_MONTH_DUE_DATE -> {
        DoubleWageResult d = (DoubleWageResult) result;
        switch (options.doubleWageAccrual()) {
          case PER_MONTH -> {
            DoubleWageLine dl = (DoubleWageLine) line;
            if (dl.month() == null) {
              return d.periodTo() == null
                  ? Limitation.of(c.applicationDate())
                  : Limitation.of(d.periodTo().plusDays(1));
            }
            return dl.dueDate() == null ? null : Limitation.of(dl.dueDate());
          }
          case FROM_END_OF_VIOLATION -> {
            return d.periodTo() == null
                ? Limitation.of(c.applicationDate())
                : Limitation.of(d.periodTo().plusDays(1));
          }
          default -> {
            return end == null
                ? Limitation.ofArrearsWhileEmployed()
                : Limitation.ofArrearsEndedOn(end);
          }
        }
      }
      case PER_LEAVE_YEAR -> {
        int year = Integer.parseInt(line.label().substring(0, 4));
        switch (options.annualLeaveAccrual()) {
          case END_OF_FOLLOWING_YEAR -> {
            return Limitation.of(LocalDate.of(year + 1, 12, 31));
          }
          case END_OF_LEAVE_YEAR -> {
            return Limitation.of(LocalDate.of(year, 12, 31));
          }
          default -> {
            return end == null
                ? Limitation.ofArrearsWhileEmployed()
                : Limitation.ofArrearsEndedOn(end);
          }
        }
      }
      default -> throw new IllegalStateException("an appraisal claim is read with its date");
    }
  }

  private static Optional<LimitationStatus> summary(List<ClaimLine> lines) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    boolean expired = false;
    boolean within = false;
    for (ClaimLine l : lines) {
      LimitationStatus s = l.limitation().status().orElseThrow();
      expired |= s == LimitationStatus.EXPIRED_IF_RAISED;
      within |= s == LimitationStatus.WITHIN;
    }
    if (expired) {
      return Optional.of(LimitationStatus.EXPIRED_IF_RAISED);
    }
    return Optional.of(within ? LimitationStatus.WITHIN : LimitationStatus.NO_LIMIT_WHILE_EMPLOYED);
  }

  // ---------------------------------------------------------------- finality

  private static FinalityResult finality(
      ArbitrationCase c,
      ArbitrationOptions options,
      Parameters parameters,
      List<ClaimResult> claims,
      List<Violation> missing) {
    List<AwardItem> items = new ArrayList<>();
    for (ClaimResult cr : claims) {
      if (cr.status() != ClaimStatus.COMPUTED) {
        continue;
      }
      Map<AwardClass, Money> byClass = new LinkedHashMap<>();
      for (ClaimLine l : cr.lines()) {
        byClass.merge(l.awardClass(), l.amount(), Money::plus);
      }
      for (Map.Entry<AwardClass, Money> e : byClass.entrySet()) {
        String id = byClass.size() == 1 ? cr.id() : cr.id() + "/" + e.getKey().name();
        Note name =
            byClass.size() == 1
                ? cr.type().displayName()
                : new Note(
                    cr.type().displayName().zh() + "（" + e.getKey().displayName().zh() + "）",
                    cr.type().displayName().en() + " (" + e.getKey().displayName().en() + ")");
        items.add(new AwardItem(id, name, e.getKey(), e.getValue().max(Money.ZERO)));
      }
    }
    LocalDate date =
        options.minimumWageDate() == MinimumWageDate.AWARD_DATE
            ? c.awardDate()
            : c.applicationDate();
    Optional<FinalityThreshold> threshold =
        FinalityThreshold.find(parameters, c.region(), date, options.minimumWageDate());
    if (threshold.isEmpty() && items.stream().anyMatch(i -> i.awardClass().amountTest())) {
      MissingParameterException e =
          new MissingParameterException(FinalityThreshold.MINIMUM_MONTHLY_WAGE, c.region(), date);
      missing.add(new Violation("parameters", e.code(), e.messageZh(), e.messageEn(), e.fields()));
    }
    return FinalAward.assess(items, threshold);
  }

  private static List<ClaimResult> withFinality(List<ClaimResult> claims, FinalityResult finality) {
    List<ClaimResult> out = new ArrayList<>();
    for (ClaimResult cr : claims) {
      List<ItemFinality> mine =
          finality.items().stream()
              .filter(f -> f.item().id().equals(cr.id()) || f.item().id().startsWith(cr.id() + "/"))
              .toList();
      out.add(
          new ClaimResult(
              cr.id(),
              cr.type(),
              cr.status(),
              cr.reason(),
              cr.citations(),
              cr.lines(),
              cr.amount(),
              cr.amountIfLimitationRaised(),
              cr.limitation(),
              mine,
              cr.resultJson(),
              cr.missing(),
              cr.warnings()));
    }
    return out;
  }

  // ---------------------------------------------------------------- totals

  private static ArbitrationResult.Totals totals(
      List<ClaimResult> claims, FinalityResult finality) {
    Money total = Money.ZERO;
    Money ifRaised = Money.ZERO;
    Map<Party, Money> byParty = new TreeMap<>();
    for (ClaimResult cr : claims) {
      total = total.plus(cr.amount());
      ifRaised = ifRaised.plus(cr.amountIfLimitationRaised());
      if (cr.status() != ClaimStatus.COMPUTED) {
        continue;
      }
      for (ClaimLine l : cr.lines()) {
        for (Share s : l.line().shares()) {
          byParty.merge(
              s.party(), l.amount().times(s.fraction(), RoundingMode.HALF_UP), Money::plus);
        }
      }
    }
    return new ArbitrationResult.Totals(
        total,
        ifRaised,
        byParty,
        finality.finalTotal(),
        finality.nonFinalTotal(),
        finality.undeterminedTotal(),
        finality.awardSplitRequired());
  }

  // ---------------------------------------------------------------- findings, notes

  private static ArbitrationResult.Findings findings(List<Computed> computed) {
    for (Computed k : computed) {
      if (k.result() instanceof SeveranceResult) {
        try {
          JsonNode doc = JSON.readTree(jsonOf(k.claim().calculation(), k.result()));
          return new ArbitrationResult.Findings(
              k.claim().id(), doc.get("service"), doc.get("wage"));
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return new ArbitrationResult.Findings(null, null, null);
  }

  private static List<Note> warnings(List<ClaimResult> claims) {
    List<Note> w = new ArrayList<>();
    w.add(
        new Note(
            "终局与否按本计算确定的每项数额判断（最高人民法院劳动争议解释（一）第十九条），以裁决书确定的数额为准",
            "finality is tested on each amount as computed here (解释（一） art. 19); the award's own"
                + " figures govern"));
    if (claims.stream()
        .anyMatch(c -> c.limitation().orElse(null) == LimitationStatus.EXPIRED_IF_RAISED)) {
      w.add(
          new Note(
              "部分请求已逾仲裁时效：仅在用人单位于仲裁中提出时效抗辩时不予支持（解释（二）第二十条），故仍计入合计；另见 totalIfLimitationRaised",
              "some claims are out of time: they fail only if the employer raises the defence in"
                  + " arbitration (解释（二） art. 20), so they stay in the total; see"
                  + " totalIfLimitationRaised"));
    }
    return w;
  }

  private static final List<Note> NOT_MODELLED =
      List.of(
          new Note("劳动关系是否存在（本计算以存在劳动关系为前提）", "whether a labour relation exists (assumed here)"),
          new Note(
              "申请人请求的数额：裁决不超出请求，本计算不作比较",
              "the amounts the applicant claims: an award does not exceed them; not compared here"),
          new Note(
              "时效中断、中止事由是否成立，以及用人单位是否提出时效抗辩",
              "whether the interruptions and suspensions listed are proved, and whether the employer"
                  + " raises the time-limit defence"),
          new Note(
              "2008年5月1日前发生的争议适用的《劳动法》第八十二条六十日时效",
              "the 60-day limit of Labour Law art. 82 for disputes before 2008-05-01"),
          new Note(
              "当事人中其他单位的连带或者补充责任（case.parties 仅作列示，各行的负担方由各项计算确定）",
              "the joint or supplementary liability of other units (case.parties is listed only; each"
                  + " line's payer comes from its own calculation)"),
          new Note(
              "\"一项\"的划分：一类请求跨多月作为一项（办案规则第五十条），尚有争议",
              "what is \"one item\": one claim type over many months is one item (办案规则 art. 50),"
                  + " not settled"));

  private static List<Violation> distinct(List<Violation> vs) {
    List<Violation> out = new ArrayList<>();
    for (Violation v : vs) {
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return out;
  }
}
