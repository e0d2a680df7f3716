package org.laborcalc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.error.Violation;
import org.laborcalc.injury.CalculationOptions;
import org.laborcalc.injury.WorkInjuryCase;
import org.laborcalc.injury.WorkInjuryResult;
import org.laborcalc.injury.grade.DisabilityGrade;

/** The Jackson module of {@link LaborCalcJson#module()}. */
final class LaborCalcModule extends SimpleModule {
  @Serial private static final long serialVersionUID = 1L;

  LaborCalcModule() {
    super("laborcalc");
    CoreValueTypes.register(this);
    addSerializer(
        WorkInjuryResult.class, new Writer<>(WorkInjuryResult.class, ResultWriter::result));
    addSerializer(
        WorkInjuryCase.class, new Writer<>(WorkInjuryCase.class, CaseWriter::workInjuryCase));
    addSerializer(
        CalculationOptions.class, new Writer<>(CalculationOptions.class, CaseWriter::options));
    addSerializer(CaseFile.class, new Writer<>(CaseFile.class, CaseWriter::caseFile));
    addSerializer(
        DisabilityGrade.class,
        new Writer<>(DisabilityGrade.class, (g, d) -> g.writeNumber(d.number())));
    addDeserializer(WorkInjuryCase.class, new Reader<>(WorkInjuryCase.class, null));
    addDeserializer(CalculationOptions.class, new Reader<>(CalculationOptions.class, null));
    addDeserializer(CaseFile.class, new Reader<>(CaseFile.class, LaborCalcModule::caseFile));
    addDeserializer(DisabilityGrade.class, new Reader<>(DisabilityGrade.class, null));
  }

  private static CaseFile caseFile(RecordReader r, JsonNode n) {
    try {
      return CaseFileReader.fromTree(n);
    } catch (InvalidInputException e) {
      r.problems().addAll("", e.violations());
      return null;
    }
  }

  private interface Write<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private interface Read<T> {
    T read(RecordReader r, JsonNode n);
  }

  private static final class Writer<T> extends StdSerializer<T> {
    @Serial private static final long serialVersionUID = 1L;
    private final transient Write<T> write;

    Writer(Class<T> type, Write<T> write) {
      super(type);
      this.write = write;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      write.write(g, value);
    }
  }

  /**
   * Reads the value as a tree and then through {@link RecordReader} (or {@code read}, when given),
   * so that every problem is reported at once; the paths are prefixed with where the value sits in
   * the enclosing document.
   */
  private static final class Reader<T> extends StdDeserializer<T> {
    @Serial private static final long serialVersionUID = 1L;
    private final Class<T> type;
    private final transient Read<T> read;

    Reader(Class<T> type, Read<T> read) {
      super(type);
      this.type = type;
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonStreamContext here = p.getParsingContext();
      String prefix = JsonPaths.of(here);
      JsonNode n = ctxt.readTree(p);
      Violations f = new Violations();
      RecordReader r = new RecordReader(f);
      T value = read == null ? r.read(type, n, "") : read.read(r, n);
      if (!f.ok() || value == null) {
        List<Violation> vs =
            f.list().stream()
                .map(
                    v ->
                        Violation.of(
                            JsonPaths.join(prefix, v.path()),
                            v.code(),
                            v.messageZh(),
                            v.messageEn()))
                .toList();
        InvalidInputException cause = new InvalidInputException(vs);
        throw JsonMappingException.from(p, cause.getMessage(), cause);
      }
      return value;
    }
  }
}
