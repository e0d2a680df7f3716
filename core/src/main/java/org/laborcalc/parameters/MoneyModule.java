package org.laborcalc.parameters;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.Serial;
import org.laborcalc.money.Money;

/**
 * The one value type of core that the STRUCTURED rules of a pack hold ({@link Money}, as a string
 * with at most two decimals), for {@link PackReader}'s own mapper. It lives here, not on {@link
 * Money}, so that the value types carry no Jackson; calc's JSON layer has its own module for its
 * documents.
 */
final class MoneyModule extends SimpleModule {
  @Serial private static final long serialVersionUID = 1L;

  MoneyModule() {
    super("laborcalc-core-money");
    addDeserializer(Money.class, new Reader());
  }

  /** Reads only JSON strings; a JSON number is refused so that no float can become an amount. */
  private static final class Reader extends StdScalarDeserializer<Money> {
    @Serial private static final long serialVersionUID = 1L;

    Reader() {
      super(Money.class);
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Money)
            ctxt.handleUnexpectedToken(
                Money.class,
                p.currentToken(),
                p,
                "an amount must be a JSON string with at most 2 decimals, such as \"6500.00\"");
      }
      String text = p.getText();
      try {
        return Money.parse(text);
      } catch (IllegalArgumentException e) {
        // "%s": the message quotes the input, which may itself contain a '%'.
        return (Money) ctxt.handleWeirdStringValue(Money.class, text, "%s", e.getMessage());
      }
    }
  }
}
