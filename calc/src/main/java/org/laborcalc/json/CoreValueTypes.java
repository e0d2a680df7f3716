package org.laborcalc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;
import java.util.function.Function;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;

/**
 * The JSON form of core's value types, which carry no Jackson themselves: each is its string form —
 * {@link Money} {@code "6500.00"} (never a JSON number, so that no binary floating point touches an
 * amount), {@link DateRange} {@code "2019-12-18/2020-06-18"}, {@link Region} its code {@code
 * "370800"}.
 */
final class CoreValueTypes {
  private CoreValueTypes() {}

  static void register(SimpleModule module) {
    module.addSerializer(Money.class, new AsString<>(Money.class, Money::toString));
    module.addDeserializer(
        Money.class,
        new FromString<>(
            Money.class,
            Money::parse,
            "an amount must be a JSON string with at most 2 decimals, such as \"6500.00\""));
    module.addSerializer(DateRange.class, new AsString<>(DateRange.class, DateRange::toString));
    module.addDeserializer(
        DateRange.class,
        new FromString<>(
            DateRange.class,
            DateRange::parse,
            "a date range must be a JSON string \"start/endExclusive\" or \"start/..\""));
    module.addSerializer(Region.class, new AsString<>(Region.class, Region::code));
    module.addDeserializer(
        Region.class,
        new FromString<>(
            Region.class, Region::of, "a region must be its six-digit code as a JSON string"));
  }

  private static final class AsString<T> extends StdSerializer<T> {
    @Serial private static final long serialVersionUID = 1L;
    private final transient Function<T, String> text;

    AsString(Class<T> type, Function<T, String> text) {
      super(type);
      this.text = text;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(text.apply(value));
    }
  }

  /**
   * Reads only JSON strings. A string the type's factory refuses as malformed ({@link
   * IllegalArgumentException}) is a weird string value; any other failure of the factory (an
   * unknown region code) is an instantiation problem carrying the domain exception.
   */
  private static final class FromString<T> extends StdScalarDeserializer<T> {
    @Serial private static final long serialVersionUID = 1L;
    private final transient Function<String, T> parse;
    private final String expected;

    FromString(Class<T> type, Function<String, T> parse, String expected) {
      super(type);
      this.parse = parse;
      this.expected = expected;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Class<?> type = handledType();
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return cast(ctxt.handleUnexpectedToken(type, p.currentToken(), p, expected));
      }
      String text = p.getText();
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        // "%s": the message quotes the input, which may itself contain a '%'.
        return cast(ctxt.handleWeirdStringValue(type, text, "%s", e.getMessage()));
      } catch (RuntimeException e) {
        return cast(ctxt.handleInstantiationProblem(type, text, e));
      }
    }

    // The handlers return a value of the handled type or throw.
    @SuppressWarnings("unchecked")
    private T cast(Object value) {
      return (T) value;
    }
  }
}
