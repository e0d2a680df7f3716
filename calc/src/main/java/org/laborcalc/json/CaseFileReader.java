package org.laborcalc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.laborcalc.calculation.Calculation;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.calculation.CaseOf;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCalculation;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.parameters.InvalidPackException;
import org.laborcalc.parameters.ParameterEntry;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.sheet.CaseReference;

/**
 * Reads a case file from bytes or text: first the document ({@link JsonDocument}), then the
 * envelope ({@code calculation}, {@code formatVersion}) and the calculation's {@code case} and
 * {@code options}, then the file's own {@code parameters} and its short-form {@code figures}
 * ({@link CaseFigures}). Every problem becomes a {@link Violation}; the document stage stops at its
 * first problem, the others report them all. Thread-safe.
 */
final class CaseFileReader {
  static final List<String> TOP =
      List.of(
          "$schema",
          "calculation",
          "formatVersion",
          "case",
          "options",
          "parameters",
          "figures",
          "reference");

  /** The fields of {@code reference}: what identifies the case on its sheet. */
  static final List<String> REFERENCE =
      List.of("caseNumber", "applicant", "respondent", "tribunal");

  /** The source name of a case file's own pack in pack errors. */
  static final String PACK_SOURCE = "case-file";

  private CaseFileReader() {}

  static CaseFile read(byte[] utf8, ObjectMapper mapper) {
    return fromTree(JsonDocument.tree(utf8, mapper));
  }

  static CaseFile read(String text, ObjectMapper mapper) {
    return fromTree(JsonDocument.tree(text, mapper));
  }

  static CaseOf<?> read(byte[] utf8, ObjectMapper mapper, Calculations calculations) {
    return fromTree(JsonDocument.tree(utf8, mapper), calculations);
  }

  static CaseOf<?> read(String text, ObjectMapper mapper, Calculations calculations) {
    return fromTree(JsonDocument.tree(text, mapper), calculations);
  }

  /**
   * A work-injury case file: one naming another calculation is a violation at {@code calculation}.
   */
  static CaseFile fromTree(JsonNode root) {
    Read r = fromTree(root, Calculations.builtIn(), true);
    WorkInjuryCalculation.Input in = (WorkInjuryCalculation.Input) r.file().input();
    return new CaseFile(r.schema(), in.workInjuryCase(), in.options(), r.file().parameters());
  }

  /** A case file of any calculation the registry holds; none named is work injury. */
  static CaseOf<?> fromTree(JsonNode root, Calculations calculations) {
    return fromTree(root, calculations, false).file();
  }

  private record Read(String schema, CaseOf<?> file) {}

  private static Read fromTree(JsonNode root, Calculations calculations, boolean workInjuryOnly) {
    if (root == null || root.isMissingNode()) {
      throw JsonDocument.document("EMPTY_DOCUMENT", "文件为空", "the document is empty");
    }
    if (!root.isObject()) {
      throw JsonDocument.document(
          "NOT_AN_OBJECT",
          "顶层须为 JSON 对象 {\"case\": …}，实为" + (root.isArray() ? "数组" : "单个值"),
          "the top level must be a JSON object {\"case\": …}, found "
              + (root.isArray() ? "an array" : "a single value"));
    }
    Violations f = new Violations();
    RecordReader r = new RecordReader(f);
    f.unpairedSurrogates(root, "");
    r.unknownFields(root, "", TOP);
    JsonNode schemaNode = RecordReader.get(root, "$schema");
    String schema = schemaNode == null ? null : Scalars.text(f, schemaNode, "$schema");
    Calculation<?, ?> calculation = calculation(r, root, calculations, workInjuryOnly);
    JsonNode caseNode = RecordReader.get(root, "case");
    if (caseNode == null) {
      f.required("case", "case");
    }
    Object input = null;
    if (calculation != null && caseNode != null) {
      try {
        input = calculation.read(caseNode, RecordReader.get(root, "options"));
      } catch (InvalidInputException e) {
        f.addAll("", e.violations());
      }
    }
    ParameterPack pack = null;
    JsonNode packNode = RecordReader.get(root, "parameters");
    if (packNode != null) {
      try {
        pack = calculations.packReader().read(packNode, PACK_SOURCE);
      } catch (InvalidPackException e) {
        f.add(JsonPaths.join("parameters", e.path()), e.code(), e.messageZh(), e.messageEn());
      }
    }
    JsonNode figuresNode = RecordReader.get(root, "figures");
    if (figuresNode != null) {
      pack = withFigures(pack, figuresNode, calculations, f);
    }
    CaseReference reference = reference(r, RecordReader.get(root, "reference"), f);
    f.throwIfAny();
    CaseOf<?> file = caseOf(calculation, input, pack);
    return new Read(schema, reference == null ? file : file.withReference(reference));
  }

  /** The optional {@code reference}: strings only, each at most 200 characters. */
  private static CaseReference reference(RecordReader r, JsonNode node, Violations f) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isObject()) {
      f.wrongType("reference", node, "对象", "an object");
      return null;
    }
    r.unknownFields(node, "reference", REFERENCE);
    String[] v = new String[REFERENCE.size()];
    for (int i = 0; i < v.length; i++) {
      JsonNode n = RecordReader.get(node, REFERENCE.get(i));
      String path = "reference." + REFERENCE.get(i);
      v[i] = n == null || n.isNull() ? null : Scalars.text(f, n, path);
      if (v[i] != null && v[i].length() > 200) {
        f.add(path, "TOO_LONG", "不得超过 200 个字符", "must be at most 200 characters");
        v[i] = null;
      }
    }
    return new CaseReference(v[0], v[1], v[2], v[3]);
  }

  /**
   * The file's own pack with its short-form {@code figures} added (a pack of those alone when the
   * file has no {@code parameters}): one pack, so that a figure given twice is refused, not
   * silently overridden.
   */
  private static ParameterPack withFigures(
      ParameterPack pack, JsonNode figuresNode, Calculations calculations, Violations f) {
    String id = pack == null ? CaseFigures.PACK_ID : pack.id();
    List<CaseFigures.Given> figures =
        CaseFigures.read(figuresNode, "figures", calculations.keys(), id, f);
    CaseFigures.overlaps(figures, pack == null ? List.of() : pack.entries(), f);
    if (!f.ok()) {
      return pack;
    }
    List<ParameterEntry<?>> entries = new ArrayList<>();
    if (pack != null) {
      entries.addAll(pack.entries());
    }
    figures.forEach(g -> entries.add(g.entry()));
    return pack == null
        ? ParameterPack.of(id, "案件文件 figures 给出的数值 / the case file's figures", PACK_SOURCE, entries)
        : ParameterPack.of(id, pack.title(), pack.source(), entries);
  }

  // The input was read by this very calculation.
  @SuppressWarnings("unchecked")
  private static <C> CaseOf<C> caseOf(
      Calculation<C, ?> calculation, Object input, ParameterPack p) {
    return new CaseOf<>(calculation, (C) input, p);
  }

  /**
   * The calculation the envelope names ({@code "calculation"}, work injury when absent) if the
   * registry holds it and reads the {@code "formatVersion"} given; otherwise null and a violation.
   */
  private static Calculation<?, ?> calculation(
      RecordReader r, JsonNode o, Calculations known, boolean workInjuryOnly) {
    Violations f = r.problems();
    JsonNode kindNode = RecordReader.get(o, "calculation");
    String kind =
        kindNode == null ? Calculations.DEFAULT_KIND : Scalars.text(f, kindNode, "calculation");
    JsonNode versionNode = RecordReader.get(o, "formatVersion");
    Integer version =
        versionNode == null
            ? null
            : Scalars.integer(f, versionNode, "formatVersion", 1, 1_000, "格式版本", "format version");
    if (kind == null) {
      return null;
    }
    if (workInjuryOnly && !kind.equals(WorkInjuryCalculation.INSTANCE.kind())) {
      f.add(
          "calculation",
          "WRONG_CALCULATION",
          "这是“"
              + Violations.shorten(kind)
              + "”案件文件，此处只读工伤（work-injury）案件文件；其他计算请用 LaborCalc.compute（命令行：laborcalc compute）",
          "this is a \""
              + Violations.shorten(kind)
              + "\" case file, and this reads work-injury case files only; for any other"
              + " calculation use LaborCalc.compute (command line: laborcalc compute)");
      return null;
    }
    Calculation<?, ?> c = known.find(kind).orElse(null);
    if (c == null) {
      f.add(
          "calculation",
          "UNKNOWN_CALCULATION",
          "未知的计算种类“" + Violations.shorten(kind) + "”；可用的种类为：" + String.join("、", known.kinds()),
          "unknown calculation \""
              + Violations.shorten(kind)
              + "\"; the calculations known are "
              + known.kinds());
      return null;
    }
    if (version != null && version != c.formatVersion()) {
      f.add(
          "formatVersion",
          "UNSUPPORTED_VERSION",
          "“" + kind + "”案件文件的格式版本 " + version + " 不受支持；本版本读取的是第 " + c.formatVersion() + " 版",
          "format version "
              + version
              + " of \""
              + kind
              + "\" case files is not supported; this laborcalc reads version "
              + c.formatVersion());
      return null;
    }
    return versionNode != null && version == null ? null : c;
  }

  /** The {@code case} and {@code options} of a work-injury case file. */
  static CaseFile workInjury(JsonNode caseNode, JsonNode optionsNode) {
    Violations f = new Violations();
    RecordReader reader = new RecordReader(f);
    WorkInjuryCase c = reader.read(WorkInjuryCase.class, caseNode, "case");
    CalculationOptions options =
        optionsNode == null || optionsNode.isNull()
            ? CalculationOptions.defaults()
            : reader.read(CalculationOptions.class, optionsNode, "options");
    f.throwIfAny();
    return CaseFile.of(c, options);
  }
}
