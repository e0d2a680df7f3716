package org.laborcalc.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.laborcalc.calculation.Calculations;
import org.laborcalc.calculation.CaseOf;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.parameters.InvalidPackException;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.region.Region;

/**
 * JSON for laborcalc: the case-file format ({@code docs/schema/work-injury-case.schema.json}), the
 * result contract ({@code docs/RESULT-JSON.md}), a preconfigured {@link ObjectMapper} and a Jackson
 * {@link Module} for the engine's types. Stateless and thread-safe; every mapper it returns is a
 * new one, so no caller can reconfigure another's.
 *
 * <p>Reading is strict: unknown fields, duplicate keys, amounts written as JSON numbers, UTF-16 and
 * bytes that are not UTF-8 (GBK) are all errors — only a UTF-8 byte-order mark at the start is
 * accepted and skipped, as Windows tools write one — and the parser refuses documents beyond {@link
 * #MAX_DOCUMENT_BYTES}, nesting beyond {@link #MAX_NESTING_DEPTH}, numbers longer than {@link
 * #MAX_NUMBER_LENGTH} digits and strings longer than {@link #MAX_STRING_LENGTH} characters. Every
 * error is a {@link Violation} with the JSON path ({@code case.expenses[2].amount}) and messages in
 * Chinese and English, thrown together as one {@link InvalidInputException}.
 *
 * <pre>{@code
 * CaseFile file = LaborCalcJson.readCaseFile(Files.readAllBytes(path));
 * ObjectMapper mapper = LaborCalcJson.newMapper();   // for WorkInjuryCase, WorkInjuryResult, …
 * }</pre>
 */
public final class LaborCalcJson {
  /** The {@code format} field of a result document. */
  public static final String RESULT_FORMAT = "laborcalc.work-injury-result/1";

  /** The {@code format} field of a parameters document. */
  public static final String PARAMETERS_FORMAT = "laborcalc.parameters/1";

  /** The {@code format} field of a violations document. */
  public static final String VIOLATIONS_FORMAT = "laborcalc.violations/1";

  /** Largest document read, in bytes (or characters for text). */
  public static final int MAX_DOCUMENT_BYTES = 2_000_000;

  /** Deepest nesting of arrays and objects. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest number literal, in characters. */
  public static final int MAX_NUMBER_LENGTH = 30;

  /** Longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** Longest field name, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  // Used only inside this package, never handed out, configured once: safe to share.
  private static final ObjectMapper MAPPER = builder().build();

  private LaborCalcJson() {}

  /** The parser limits above; hostile input cannot make the parser allocate without bound. */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxDocumentLength(MAX_DOCUMENT_BYTES)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .build();
  }

  /**
   * A mapper builder with laborcalc's settings: the read limits, duplicate keys and unknown fields
   * rejected, trailing content rejected, decimals read as {@link java.math.BigDecimal}, dates as
   * ISO strings, map keys sorted, java.time support and {@link #module()}. Add your own modules and
   * build.
   */
  public static JsonMapper.Builder builder() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(readConstraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    return JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .addModule(new JavaTimeModule())
        .addModule(module());
  }

  /** A new mapper with laborcalc's settings and module (see {@link #builder()}). */
  public static ObjectMapper newMapper() {
    return builder().build();
  }

  /**
   * The Jackson module for the engine's types: {@link WorkInjuryResult} (write only, the result
   * contract), {@link WorkInjuryCase}, {@link org.laborcalc.injury.CalculationOptions} and {@link
   * CaseFile} (the case-file format, both ways), {@link org.laborcalc.injury.grade.DisabilityGrade}
   * (a number 1 to 10). Reading a case through it reports structural problems as a {@code
   * JsonMappingException} whose cause is an {@link InvalidInputException} with every violation; the
   * paths are relative to the value read.
   */
  public static Module module() {
    return new LaborCalcModule();
  }

  /**
   * Reads a case file from UTF-8 bytes.
   *
   * @throws InvalidInputException listing every problem, each with its JSON path
   */
  public static CaseFile readCaseFile(byte[] utf8) {
    requireNonNull(utf8, "utf8");
    return CaseFileReader.read(utf8, MAPPER);
  }

  /**
   * Reads a case file from text.
   *
   * @throws InvalidInputException listing every problem, each with its JSON path
   */
  public static CaseFile readCaseFile(String json) {
    requireNonNull(json, "json");
    return CaseFileReader.read(json, MAPPER);
  }

  /**
   * Reads a case file of any calculation {@code calculations} holds, by its {@code "calculation"}
   * (work injury when the file names none) and {@code "formatVersion"}; its {@code parameters} are
   * read against the keys of every calculation held.
   *
   * @throws InvalidInputException listing every problem, each with its JSON path; an unknown kind
   *     is located at {@code calculation}, an unsupported version at {@code formatVersion}
   */
  public static CaseOf<?> readCaseFile(byte[] utf8, Calculations calculations) {
    requireNonNull(utf8, "utf8");
    requireNonNull(calculations, "calculations");
    return CaseFileReader.read(utf8, MAPPER, calculations);
  }

  /**
   * Reads a case file of any calculation from text; see {@link #readCaseFile(byte[],
   * Calculations)}.
   */
  public static CaseOf<?> readCaseFile(String json, Calculations calculations) {
    requireNonNull(json, "json");
    requireNonNull(calculations, "calculations");
    return CaseFileReader.read(json, MAPPER, calculations);
  }

  /**
   * Reads the {@code case} and {@code options} of a work-injury case file, for {@link
   * org.laborcalc.injury.WorkInjuryCalculation}; the file's other fields are its envelope.
   *
   * @param optionsNode null when the file has none: the default options
   * @throws InvalidInputException listing every problem, paths from the file's root
   */
  public static CaseFile readWorkInjury(JsonNode caseNode, JsonNode optionsNode) {
    requireNonNull(caseNode, "caseNode");
    return CaseFileReader.workInjury(caseNode, optionsNode);
  }

  /**
   * Reads a parameter pack in the format of {@code docs/PARAMETERS.md} (e.g. a city's average
   * wages), to layer over the bundled packs with {@code LaborCalc.builder().pack(…)}.
   *
   * @param source the name used in errors, e.g. a file name
   * @throws InvalidPackException naming the entry and field of the first problem
   */
  public static ParameterPack readPack(String json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    JsonNode tree;
    try {
      tree = JsonDocument.tree(json, MAPPER);
    } catch (InvalidInputException e) {
      Violation v = e.violations().get(0);
      throw new InvalidPackException(source, v.path(), v.messageZh(), v.messageEn(), e);
    }
    return Calculations.builtIn().packReader().read(tree, source);
  }

  /**
   * The figures of the command line's short form, {@code KEY@REGION:YEAR=VALUE} (a yearly statistic
   * for that calendar year), {@code KEY@REGION:yyyy-MM-dd=VALUE} (any other figure, from that day
   * on) and {@code …=VALUE/ANNUAL} (a monthly average given as the year's total, divided by 12
   * half-up to the fen), as one pack ({@code command-line-figures}) of {@code USER_SUPPLIED}
   * figures, each with a warning; the keys are those {@code calculations} hold. The case file's
   * {@code figures} are the same form as JSON (docs/schema).
   *
   * @throws InvalidInputException listing every problem, located at {@code --figure[i]} (a field of
   *     the form after it, e.g. {@code --figure[0].year})
   */
  public static ParameterPack readFigures(List<String> specs, Calculations calculations) {
    requireNonNull(specs, "specs");
    requireNonNull(calculations, "calculations");
    return CommandLineFigures.read(specs, calculations.keys());
  }

  /** The case file as JSON text, which {@link #readCaseFile(String)} reads back equal. */
  public static String writeCaseFile(CaseFile file) {
    requireNonNull(file, "file");
    return write(g -> CaseWriter.caseFile(g, file));
  }

  /**
   * The result in the contract of {@code docs/RESULT-JSON.md}: pretty-printed with two-space
   * indents and {@code \n} line ends, a final newline, no timestamps; the same result always gives
   * the same text.
   */
  public static String writeResult(WorkInjuryResult result) {
    requireNonNull(result, "result");
    return write(g -> ResultWriter.result(g, result), ResultWriter.expectedLength(result));
  }

  /**
   * The result as {@link #writeResult(WorkInjuryResult)} writes it, streamed to {@code out} as
   * UTF-8 (that text's bytes, for a result whose strings hold no unpaired surrogate — a case file
   * cannot give one), without building the text; {@code out} is flushed, not closed.
   *
   * @throws IOException when {@code out} fails
   */
  public static void writeResult(WorkInjuryResult result, OutputStream out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    write(g -> ResultWriter.result(g, result), out);
  }

  /**
   * The violations document as {@link #writeViolations(List)} writes it, streamed to {@code out} as
   * UTF-8; {@code out} is flushed, not closed.
   *
   * @throws IOException when {@code out} fails
   */
  public static void writeViolations(List<Violation> violations, OutputStream out)
      throws IOException {
    requireNonNull(violations, "violations");
    requireNonNull(out, "out");
    write(g -> ResultWriter.violations(g, violations), out);
  }

  /** {@code {"format": "laborcalc.violations/1", "violations": [{path, code, messageZh, …}]}}. */
  public static String writeViolations(List<Violation> violations) {
    requireNonNull(violations, "violations");
    return write(g -> ResultWriter.violations(g, violations));
  }

  /**
   * The parameters in force for a region on a date, with their sources: {@code {"format":
   * "laborcalc.parameters/1", "region", "date", "parameters": [{key, descriptionZh, descriptionEn,
   * value, region, range, pack, verification, warningZh, warningEn, citations}]}}; a value is
   * written in its pack form (an amount as a string, a number as a number, a table or rule as an
   * object).
   */
  public static String writeParameters(
      Region region, LocalDate date, List<ResolvedParameter<?>> inForce) {
    requireNonNull(region, "region");
    requireNonNull(date, "date");
    requireNonNull(inForce, "inForce");
    return write(g -> ResultWriter.parameters(g, region, date, inForce));
  }

  /** The pretty printer of the documents written here: {@code "key": value}, LF line ends. */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(lf)
        .withArrayIndenter(lf);
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    return write(body, 256);
  }

  /**
   * The document {@code body} writes, into a buffer of {@code expectedLength} characters: one that
   * holds the document is never copied to grow (a result of a few lines is some 15,000 characters,
   * which a buffer starting small copies a dozen times).
   */
  private static String write(Body body, int expectedLength) {
    TextSink out = new TextSink(expectedLength + 1);
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.setPrettyPrinter(prettyPrinter());
      body.write(g);
    } catch (IOException e) {
      // The sink does not fail; an IOException here is a bug, not bad input.
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toString();
  }

  /** The document {@code body} writes, as UTF-8 to {@code out}, which is flushed, not closed. */
  private static void write(Body body, OutputStream out) throws IOException {
    try (JsonGenerator g =
        MAPPER.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.setPrettyPrinter(prettyPrinter());
      body.write(g);
      g.writeRaw('\n');
    }
    out.flush();
  }
}
