package org.laborcalc.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.law.Citation;
import org.laborcalc.limitation.InterruptionKind;
import org.laborcalc.limitation.LastDayRule;
import org.laborcalc.limitation.Limitation;
import org.laborcalc.limitation.LimitationResult;
import org.laborcalc.limitation.LimitationStatus;
import org.laborcalc.limitation.SuspensionCause;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code laborcalc limitation --known 2024-03-15 [--filed 2025-03-20]}: the 仲裁时效 of one claim
 * (劳动争议调解仲裁法 art. 27) — its accrual date, its last day and, given a filing date, where the filing
 * stands — with the articles applied. It never says a claim is lost: a late filing is {@code
 * EXPIRED_IF_RAISED} (解释（二） art. 20).
 *
 * <p>Exactly one of {@code --known} (¶1: the day the right was known to be infringed), {@code
 * --ended} (¶4: wage arrears, the day the employment ended) or {@code --while-employed} (¶4: wage
 * arrears while it lasts, no limit runs) says where the period starts. Every bad argument is a
 * violation located at its option ({@code --interrupted[1]} for the second interruption).
 */
@Command(
    name = "limitation",
    mixinStandardHelpOptions = true,
    versionProvider = LaborCalcCli.Version.class,
    description = {
      "计算一项请求的仲裁时效（《劳动争议调解仲裁法》第二十七条）：起算日、届满日及申请日是否在时效内。",
      "Computes one claim's arbitration time limit (Labour Dispute Mediation and Arbitration Law"
          + " art. 27): accrual date, last day, and where a filing date stands."
    })
final class LimitationCommand implements Callable<Integer> {

  /** The format of the JSON document this command prints. */
  static final String FORMAT = "laborcalc.limitation/1";

  @Spec CommandSpec spec;

  @Option(
      names = "--known",
      paramLabel = "DATE",
      description = "知道或者应当知道权利被侵害之日（第二十七条第一款）/ the day the right was known to be infringed (¶1)")
  String known;

  @Option(
      names = "--ended",
      paramLabel = "DATE",
      description = "拖欠劳动报酬：劳动关系终止之日（第四款）/ wage arrears: the day the employment ended (¶4)")
  String ended;

  @Option(
      names = "--while-employed",
      description = "拖欠劳动报酬且劳动关系存续（第四款）/ wage arrears while the employment lasts (¶4)")
  boolean whileEmployed;

  @Option(
      names = "--interrupted",
      paramLabel = "DATE:KIND",
      description = {
        "时效中断（第二款），可重复 / an interruption (¶2), repeatable; KIND: "
            + "CLAIM_AGAINST_OTHER_PARTY, REQUEST_FOR_RELIEF, OTHER_PARTY_AGREED_TO_PERFORM"
      })
  List<String> interrupted = new ArrayList<>();

  @Option(
      names = "--suspended",
      paramLabel = "FROM..TO:CAUSE",
      description = {
        "时效中止（第三款），TO 为事由消除之日，可重复 / a suspension (¶3), TO the day the cause ended,"
            + " repeatable; CAUSE: FORCE_MAJEURE, OTHER_JUSTIFIED_REASON"
      })
  List<String> suspended = new ArrayList<>();

  @Option(names = "--filed", paramLabel = "DATE", description = "申请仲裁日 / the filing date")
  String filed;

  @Option(
      names = "--last-day-rule",
      paramLabel = "RULE",
      defaultValue = "ANNIVERSARY",
      description = {
        "期间末日规则 / where the last day falls: ANNIVERSARY (default: the same day of the next year),"
            + " NEXT_WORKING_DAY (a rest day or holiday moves to the next working day, 办案规则第十九条)"
      })
  LastDayRule lastDayRule;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "输出格式 / output format: text, json (default: ${DEFAULT-VALUE})")
  Format format;

  private record Event(String option, LocalDate date, String kind) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (format != Format.TEXT && format != Format.JSON) {
      return Io.report(
          List.of(
              Violation.of(
                  "--format",
                  "UNSUPPORTED_FORMAT",
                  "limitation 只支持 text 或 json，而非 " + format.name().toLowerCase(Locale.ROOT),
                  "limitation prints text or json, not " + format.name().toLowerCase(Locale.ROOT))),
          Format.TEXT,
          out,
          err);
    }
    List<Violation> problems = new ArrayList<>();
    Limitation limitation = start(problems);
    List<Event> events = new ArrayList<>();
    List<InterruptionKind> kinds = new ArrayList<>();
    for (int i = 0; i < interrupted.size(); i++) {
      String option = "--interrupted[" + i + "]";
      String[] parts = split(interrupted.get(i), ':', option, "DATE:KIND", problems);
      if (parts == null) {
        continue;
      }
      LocalDate date = date(parts[0], option, problems);
      InterruptionKind kind = kind(InterruptionKind.class, parts[1], option, problems);
      if (date != null && kind != null) {
        events.add(new Event(option, date, kind.name()));
        kinds.add(kind);
      }
    }
    List<LocalDate[]> ranges = new ArrayList<>();
    List<SuspensionCause> causes = new ArrayList<>();
    List<String> suspensionOptions = new ArrayList<>();
    for (int i = 0; i < suspended.size(); i++) {
      String option = "--suspended[" + i + "]";
      String[] parts = split(suspended.get(i), ':', option, "FROM..TO:CAUSE", problems);
      if (parts == null) {
        continue;
      }
      int dots = parts[0].indexOf("..");
      if (dots < 0) {
        problems.add(
            Violation.of(
                option,
                "INVALID_ARGUMENT",
                option + " 的值“" + suspended.get(i) + "”无效：须为 FROM..TO:CAUSE",
                option
                    + " value \""
                    + suspended.get(i)
                    + "\" is invalid: it must be FROM..TO:CAUSE"));
        continue;
      }
      LocalDate from = date(parts[0].substring(0, dots), option, problems);
      LocalDate to = date(parts[0].substring(dots + 2), option, problems);
      SuspensionCause cause = kind(SuspensionCause.class, parts[1], option, problems);
      if (from != null && to != null && cause != null) {
        ranges.add(new LocalDate[] {from, to});
        causes.add(cause);
        suspensionOptions.add(option);
      }
    }
    LocalDate filedOn = filed == null ? null : date(filed, "--filed", problems);
    if (!problems.isEmpty() || limitation == null) {
      return Io.report(problems, format, out, err);
    }
    LimitationResult result;
    try {
      limitation = limitation.withLastDayRule(lastDayRule);
      for (int i = 0; i < kinds.size(); i++) {
        limitation = limitation.interruptedOn(events.get(i).date(), kinds.get(i));
      }
      for (int i = 0; i < causes.size(); i++) {
        limitation = limitation.suspended(ranges.get(i)[0], ranges.get(i)[1], causes.get(i));
      }
      result = filedOn == null ? limitation.result() : limitation.assess(filedOn);
    } catch (InvalidInputException e) {
      List<Violation> located = new ArrayList<>();
      for (Violation v : e.violations()) {
        located.add(v.at(option(v.path(), events, suspensionOptions)));
      }
      return Io.report(located, format, out, err);
    }
    out.print(format == Format.JSON ? json(result, events, ranges, causes) : text(result));
    out.flush();
    return 0;
  }

  /** The limitation the start options name, or null with the problem added. */
  private Limitation start(List<Violation> problems) {
    int given = (known == null ? 0 : 1) + (ended == null ? 0 : 1) + (whileEmployed ? 1 : 0);
    if (given == 0) {
      problems.add(
          Violation.of(
              "--known",
              "MISSING_ARGUMENT",
              "须给出 --known、--ended 或 --while-employed 之一，说明时效从何时起算",
              "give one of --known, --ended or --while-employed to say when the period starts"));
      return null;
    }
    if (given > 1) {
      String second = known != null ? (ended != null ? "--ended" : "--while-employed") : "--ended";
      problems.add(
          Violation.of(
              second,
              "CONFLICTING_ARGUMENTS",
              "--known、--ended 与 --while-employed 只能给出其一",
              "give only one of --known, --ended and --while-employed"));
      return null;
    }
    try {
      if (known != null) {
        LocalDate date = date(known, "--known", problems);
        return date == null ? null : Limitation.of(date);
      }
      if (ended != null) {
        LocalDate date = date(ended, "--ended", problems);
        return date == null ? null : Limitation.ofArrearsEndedOn(date);
      }
      return Limitation.ofArrearsWhileEmployed();
    } catch (InvalidInputException e) {
      for (Violation v : e.violations()) {
        problems.add(v.at(known != null ? "--known" : "--ended"));
      }
      return null;
    }
  }

  /** The option a path of {@link Limitation}'s violations stands for. */
  private String option(String path, List<Event> events, List<String> suspensionOptions) {
    if (path.startsWith("interruptions[")) {
      int i = Integer.parseInt(path.substring("interruptions[".length(), path.indexOf(']')));
      return events.get(i).option();
    }
    if (path.startsWith("suspensions[")) {
      int i = Integer.parseInt(path.substring("suspensions[".length(), path.indexOf(']')));
      return suspensionOptions.get(i);
    }
    return switch (path) {
      case "known" -> "--known";
      case "employmentEnd" -> "--ended";
      case "filed" -> "--filed";
      default -> path;
    };
  }

  private static String[] split(
      String value, char sep, String option, String shape, List<Violation> problems) {
    int at = value.lastIndexOf(sep);
    if (at <= 0 || at == value.length() - 1) {
      problems.add(
          Violation.of(
              option,
              "INVALID_ARGUMENT",
              option + " 的值“" + value + "”无效：须为 " + shape,
              option + " value \"" + value + "\" is invalid: it must be " + shape));
      return null;
    }
    return new String[] {value.substring(0, at), value.substring(at + 1)};
  }

  private static LocalDate date(String text, String option, List<Violation> problems) {
    try {
      return Io.date(text, option);
    } catch (InvalidInputException e) {
      problems.addAll(e.violations());
      return null;
    }
  }

  private static <E extends Enum<E>> E kind(
      Class<E> type, String text, String option, List<Violation> problems) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(text)) {
        return e;
      }
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    problems.add(
        Violation.of(
            option,
            "UNKNOWN_CODE",
            option + " 的事由“" + text + "”无效：须为 " + String.join("、", names) + " 之一",
            option
                + " cause \""
                + text
                + "\" is unknown: it must be one of "
                + String.join(", ", names)));
    return null;
  }

  private String text(LimitationResult r) {
    StringBuilder b = new StringBuilder();
    b.append("仲裁时效 / arbitration time limit（《劳动争议调解仲裁法》第二十七条）\n");
    b.append("  起算日 / accrual:        ")
        .append(r.accrual().map(LocalDate::toString).orElse("—"))
        .append('\n');
    b.append("  届满日 / last day:       ")
        .append(r.deadline().map(LocalDate::toString).orElse("—"))
        .append('\n');
    r.filed().ifPresent(f -> b.append("  申请日 / filed:          ").append(f).append('\n'));
    b.append("  状态 / status:           ")
        .append(r.status().map(LimitationCommand::statusText).orElse("— 未给申请日 / no filing date"))
        .append('\n');
    b.append("  末日规则 / last-day rule: ").append(lastDayRule.name()).append('\n');
    b.append("依据 / citations:\n");
    for (Citation c : r.citations()) {
      b.append("  ").append(c.toChinese());
      if (c.quote() != null) {
        b.append("：“").append(c.quote()).append('”');
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String statusText(LimitationStatus s) {
    return switch (s) {
      case WITHIN -> "WITHIN 在时效期间内 / within the limit";
      case EXPIRED_IF_RAISED ->
          "EXPIRED_IF_RAISED 已过时效，对方在仲裁中提出时效抗辩的不予支持 / expired if the other party raises"
              + " the defence in arbitration";
      case NO_LIMIT_WHILE_EMPLOYED ->
          "NO_LIMIT_WHILE_EMPLOYED 劳动关系存续期间不受时效限制 / no limit runs while the employment lasts";
    };
  }

  private String json(
      LimitationResult r,
      List<Event> events,
      List<LocalDate[]> ranges,
      List<SuspensionCause> causes) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = LaborCalcJson.newMapper().createGenerator(w)) {
      g.setPrettyPrinter(LaborCalcJson.prettyPrinter());
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      nullable(g, "accrual", r.accrual().map(LocalDate::toString).orElse(null));
      nullable(g, "deadline", r.deadline().map(LocalDate::toString).orElse(null));
      nullable(g, "filed", r.filed().map(LocalDate::toString).orElse(null));
      nullable(g, "status", r.status().map(Enum::name).orElse(null));
      g.writeStringField("lastDayRule", lastDayRule.name());
      g.writeArrayFieldStart("interruptions");
      for (Event e : events) {
        g.writeStartObject();
        g.writeStringField("date", e.date().toString());
        g.writeStringField("kind", e.kind());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("suspensions");
      for (int i = 0; i < ranges.size(); i++) {
        g.writeStartObject();
        g.writeStringField("from", ranges.get(i)[0].toString());
        g.writeStringField("to", ranges.get(i)[1].toString());
        g.writeStringField("cause", causes.get(i).name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("citations");
      for (Citation c : r.citations()) {
        g.writeStartObject();
        g.writeStringField("instrument", c.instrument().id());
        g.writeStringField("textZh", c.toChinese());
        g.writeNumberField("article", c.article());
        g.writeNumberField("paragraph", c.paragraph());
        g.writeNumberField("item", c.item());
        nullable(g, "quote", c.quote());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  private static void nullable(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
