package org.laborcalc.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instrument;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;

/** How a pack entry cites its law: the {@code citations} array, read strictly. */
final class PackCitations {
  private static final Set<String> CITATION_FIELDS =
      Set.of("instrument", "document", "article", "paragraph", "item", "quote", "url");

  private PackCitations() {}

  /**
   * The citations of an entry: at least one, each a registered instrument or a caller's document.
   */
  static List<Citation> read(JsonNode node, Verification verification, String source, String path) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw new InvalidPackException(
          source, path, "每个数值至少须引用一处法律依据", "every value must cite at least one legal source");
    }
    List<Citation> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      JsonNode c = node.get(i);
      String p = path + "[" + i + "]";
      if (!c.isObject()) {
        throw new InvalidPackException(source, p, "须为 JSON 对象", "must be a JSON object");
      }
      PackFields.checkFields(c, CITATION_FIELDS, source, p);
      Instrument instrument;
      if (c.has("document") && !c.has("instrument")) {
        // A caller's figure cites the notice that published it, which is no registered instrument.
        if (verification != Verification.USER_SUPPLIED) {
          throw new InvalidPackException(
              source,
              p + ".document",
              "只有 USER_SUPPLIED 的数值可以引用未登记的文件；法律依据须使用已登记的 instrument 标识",
              "only USER_SUPPLIED values may cite an unregistered document; legal sources must use"
                  + " a registered instrument id");
        }
        String title = PackFields.requiredText(c, "document", source, p);
        instrument =
            new Instrument(
                "user-document",
                title,
                title,
                null,
                null,
                null,
                Verification.USER_SUPPLIED,
                PackFields.optionalText(c, "url", source, p));
      } else {
        String id = PackFields.requiredText(c, "instrument", source, p);
        instrument =
            Instruments.find(id)
                .orElseThrow(
                    () ->
                        new InvalidPackException(
                            source,
                            p + ".instrument",
                            "未知的法律文件标识“" + id + "”",
                            "unknown instrument id \"" + id + "\""));
      }
      int article = citationNumber(c, "article", source, p);
      int paragraph = citationNumber(c, "paragraph", source, p);
      int item = citationNumber(c, "item", source, p);
      String quote = PackFields.optionalText(c, "quote", source, p);
      String url = PackFields.optionalText(c, "url", source, p);
      try {
        out.add(new Citation(instrument, article, paragraph, item, quote, url));
      } catch (IllegalArgumentException e) {
        throw new InvalidPackException(source, p, "引用有误：" + e.getMessage(), e.getMessage(), e);
      }
    }
    return out;
  }

  /**
   * An article, paragraph or item number: absent, null or a whole number of 0 or more. Anything
   * else is an error rather than {@code asInt}'s coercion, which read "第三十五条" as 0 (citing the
   * whole instrument), {@code true} as 1 and 33.5 as 33.
   */
  private static int citationNumber(JsonNode c, String field, String source, String path) {
    JsonNode v = c.get(field);
    if (v == null || v.isNull()) {
      return 0;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 0) {
      throw new InvalidPackException(
          source,
          path + "." + field,
          "须为非负整数，而不是 " + v,
          "must be a whole number, 0 or more, not " + v);
    }
    return v.intValue();
  }
}
