package org.laborcalc.parameters;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.base.Throwables;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.region.UnknownRegionException;
import org.laborcalc.time.DateRange;

/**
 * Reads parameter packs in the JSON format of {@code docs/PARAMETERS.md}, validating every entry
 * against a {@link KeyRegistry}. Every error names the source, the entry and the field.
 * Thread-safe.
 */
public final class PackReader {
  private static final Set<String> PACK_FIELDS = Set.of("pack", "title", "description", "entries");
  private static final Set<String> ENTRY_FIELDS =
      Set.of(
          "key",
          "region",
          "from",
          "until",
          "value",
          "verification",
          "citations",
          "knownSince",
          "note",
          "warning");

  private final KeyRegistry keys;
  private final Regions regions;
  private final ObjectMapper mapper;

  private PackReader(KeyRegistry keys, Regions regions) {
    this.keys = keys;
    this.regions = regions;
    this.mapper =
        JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Keep a figure as written: by default the tree strips trailing zeros, so that "100.00"
            // would become 1E+2 and print so in every formula that shows it.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // A stray brace or a second pack pasted after the first is a broken file, not a pack.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .findAndAddModules()
            .addModule(new MoneyModule())
            .build();
  }

  public static PackReader of(KeyRegistry keys) {
    return new PackReader(requireNonNull(keys, "keys"), Regions.bundled());
  }

  /** Reads a pack from a stream named {@code source} in errors. */
  public ParameterPack read(InputStream in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    JsonNode root;
    try {
      root = mapper.readTree(in);
    } catch (JsonProcessingException e) {
      throw new InvalidPackException(
          source,
          "",
          "不是有效的 JSON：" + e.getOriginalMessage(),
          "not valid JSON: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new InvalidPackException(
          source, "", "无法读取：" + e.getMessage(), "cannot be read: " + e.getMessage(), e);
    }
    return read(root, source);
  }

  /** Reads a pack from a JSON tree (e.g. the {@code parameters} object of a case file). */
  public ParameterPack read(JsonNode root, String source) {
    requireNonNull(source, "source");
    if (root == null || !root.isObject()) {
      throw new InvalidPackException(
          source, "", "顶层须为 JSON 对象", "the top level must be a JSON object");
    }
    PackFields.checkFields(root, PACK_FIELDS, source, "");
    String id = PackFields.requiredText(root, "pack", source, "");
    String title = PackFields.requiredText(root, "title", source, "");
    JsonNode entriesNode = root.get("entries");
    if (entriesNode == null || !entriesNode.isArray()) {
      throw new InvalidPackException(source, "entries", "须为数组", "must be an array of entries");
    }
    List<ParameterEntry<?>> entries = new ArrayList<>(entriesNode.size());
    for (int i = 0; i < entriesNode.size(); i++) {
      entries.add(readEntry(entriesNode.get(i), id, source, "entries[" + i + "]"));
    }
    return ParameterPack.of(id, title, source, entries);
  }

  private ParameterEntry<?> readEntry(JsonNode n, String packId, String source, String path) {
    if (!n.isObject()) {
      throw new InvalidPackException(source, path, "须为 JSON 对象", "must be a JSON object");
    }
    PackFields.checkFields(n, ENTRY_FIELDS, source, path);
    String keyName = PackFields.requiredText(n, "key", source, path);
    ParameterKey<?> key =
        keys.find(keyName)
            .orElseThrow(
                () ->
                    new InvalidPackException(
                        source,
                        path + ".key",
                        "未知的参数“" + keyName + "”",
                        "unknown parameter key \"" + keyName + "\""));
    return readEntry(n, key, packId, source, path);
  }

  private <T> ParameterEntry<T> readEntry(
      JsonNode n, ParameterKey<T> key, String packId, String source, String path) {
    String code = PackFields.requiredText(n, "region", source, path);
    Region region;
    try {
      region = regions.get(code);
    } catch (UnknownRegionException e) {
      throw new InvalidPackException(source, path + ".region", e.messageZh(), e.messageEn(), e);
    }
    LocalDate from = date(n, "from", source, path, true);
    LocalDate until = date(n, "until", source, path, false);
    DateRange range;
    if (until == null) {
      range = DateRange.from(from);
    } else if (!until.isAfter(from)) {
      throw new InvalidPackException(
          source,
          path + ".until",
          "截止日（" + until + "）须晚于起始日（" + from + "）",
          "until (" + until + ") must be after from (" + from + ")");
    } else {
      range = DateRange.of(from, until);
    }
    if (key.isYearly()) {
      checkOneYear(key, from, until, source, path);
    }
    JsonNode valueNode = n.get("value");
    if (valueNode == null || valueNode.isNull()) {
      throw new InvalidPackException(source, path + ".value", "缺少数值", "value is missing");
    }
    T value = readValue(key, valueNode, source, path + ".value");
    String v = PackFields.requiredText(n, "verification", source, path);
    Verification verification;
    try {
      verification = Verification.valueOf(v);
    } catch (IllegalArgumentException e) {
      throw new InvalidPackException(
          source,
          path + ".verification",
          "核实标记“" + v + "”须为 PRIMARY、SECONDARY 或 USER_SUPPLIED",
          "verification (\"" + v + "\") must be PRIMARY, SECONDARY or USER_SUPPLIED");
    }
    List<Citation> citations =
        PackCitations.read(n.get("citations"), verification, source, path + ".citations");
    LocalDate knownSince = date(n, "knownSince", source, path, false);
    String note = PackFields.optionalText(n, "note", source, path);
    String warningZh = null;
    String warningEn = null;
    JsonNode w = n.get("warning");
    if (w != null && !w.isNull()) {
      PackFields.checkFields(w, Set.of("zh", "en"), source, path + ".warning");
      warningZh = PackFields.requiredText(w, "zh", source, path + ".warning");
      warningEn = PackFields.requiredText(w, "en", source, path + ".warning");
    }
    return new ParameterEntry<>(
        key,
        region,
        range,
        value,
        citations,
        verification,
        knownSince,
        note,
        warningZh,
        warningEn,
        packId);
  }

  /**
   * A yearly statistic (上年度 figure) covers its calendar year only: an entry without {@code until}
   * would silently be used as the next years' figure too, and one spanning years would give every
   * year the same figure.
   */
  private static void checkOneYear(
      ParameterKey<?> key, LocalDate from, LocalDate until, String source, String path) {
    int y = from.getYear();
    String expected = "from " + y + "-01-01, until " + (y + 1) + "-01-01";
    String expectedZh = "from 为 " + y + "-01-01，until 为 " + (y + 1) + "-01-01";
    if (from.getDayOfYear() != 1) {
      throw new InvalidPackException(
          source,
          path + ".from",
          "“" + key.descriptionZh() + "”是年度统计数据，每条须恰为一个自然年（起始日须为1月1日），而不是 " + from,
          "\""
              + key.descriptionEn()
              + "\" is a yearly statistic: an entry covers one calendar year and must start on 1"
              + " January, not "
              + from);
    }
    if (until == null || !until.equals(from.plusYears(1))) {
      throw new InvalidPackException(
          source,
          path + ".until",
          "“"
              + key.descriptionZh()
              + "”是年度统计数据，只适用于其所属年度，不得延用至以后年度："
              + (until == null ? "须写明截止日" : "截止日不应为 " + until)
              + "（"
              + expectedZh
              + "）",
          "\""
              + key.descriptionEn()
              + "\" is a yearly statistic, used for its own year only and never for the next: "
              + (until == null ? "until is required" : "until must not be " + until)
              + " ("
              + expected
              + ")");
    }
  }

  private <T> T readValue(ParameterKey<T> key, JsonNode node, String source, String path) {
    switch (key.kind()) {
      case NUMBER:
        return key.cast(number(key, node, source, path));
      case MONEY:
        if (!node.isTextual()) {
          throw new InvalidPackException(
              source,
              path,
              "金额须为字符串，如 \"6500.00\"",
              "an amount must be a string such as \"6500.00\"");
        }
        Money m;
        try {
          m = Money.parse(node.asText());
          if (!m.isPositive()) {
            throw new IllegalArgumentException("amount (" + m + ") must be positive");
          }
        } catch (IllegalArgumentException e) {
          throw new InvalidPackException(source, path, "金额有误：" + e.getMessage(), e.getMessage(), e);
        }
        if (m.amount().compareTo(key.max()) > 0) {
          // Refused here: the engine multiplies figures, and an absurd one would overflow or
          // silently inflate every line built on it.
          throw new InvalidPackException(
              source,
              path,
              "金额（"
                  + m
                  + "）超过“"
                  + key.descriptionZh()
                  + "”的合理上限 "
                  + key.max().toPlainString()
                  + "，请检查数值或单位",
              "amount ("
                  + m
                  + ") must not exceed "
                  + key.max().toPlainString()
                  + ", the largest plausible "
                  + key.descriptionEn());
        }
        return key.cast(m);
      case TABLE:
        if (!node.isObject()) {
          throw new InvalidPackException(
              source, path, "须为 JSON 对象（表）", "must be a JSON object (a table)");
        }
        Map<String, BigDecimal> table = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
          if (!key.tableKeys().contains(f.getKey())) {
            throw new InvalidPackException(
                source,
                path + "." + f.getKey(),
                "表中不应有键“" + f.getKey() + "”，应有 " + key.tableKeys(),
                "unexpected table key \"" + f.getKey() + "\"; the keys are " + key.tableKeys());
          }
          table.put(f.getKey(), number(key, f.getValue(), source, path + "." + f.getKey()));
        }
        for (String k : key.tableKeys()) {
          if (!table.containsKey(k)) {
            throw new InvalidPackException(
                source,
                path,
                "表不完整：缺少键“" + k + "”（须有 " + key.tableKeys() + "）",
                "incomplete table: key \"" + k + "\" is missing (needs " + key.tableKeys() + ")");
          }
        }
        return key.cast(Table.of(table));
      case STRUCTURED:
        try {
          return mapper.treeToValue(node, key.valueClass());
        } catch (JsonProcessingException | IllegalArgumentException e) {
          Throwable root = Throwables.getRootCause(e);
          String msg =
              root instanceof IllegalArgumentException
                  ? root.getMessage()
                  : e instanceof JsonProcessingException jpe
                      ? jpe.getOriginalMessage()
                      : e.getMessage();
          throw new InvalidPackException(source, path, "规则有误：" + msg, "invalid rule: " + msg, e);
        }
    }
    throw new AssertionError(key.kind());
  }

  private static BigDecimal number(ParameterKey<?> key, JsonNode node, String source, String path) {
    if (!node.isNumber()) {
      throw new InvalidPackException(source, path, "须为数字", "must be a number");
    }
    BigDecimal v = node.decimalValue();
    if (v.compareTo(key.min()) < 0 || v.compareTo(key.max()) > 0) {
      throw new InvalidPackException(
          source,
          path,
          "数值（"
              + v.toPlainString()
              + "）须在 "
              + key.min().toPlainString()
              + " 至 "
              + key.max().toPlainString()
              + " 之间",
          "value ("
              + v.toPlainString()
              + ") must be between "
              + key.min().toPlainString()
              + " and "
              + key.max().toPlainString());
    }
    return v;
  }

  private static LocalDate date(
      JsonNode n, String field, String source, String path, boolean required) {
    JsonNode v = n.get(field);
    String p = path + "." + field;
    if (v == null || v.isNull()) {
      if (required) {
        throw new InvalidPackException(source, p, "缺少日期", "date is missing");
      }
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(v.asText());
      if (d.getYear() < 1949 || d.getYear() > 2100) {
        throw new InvalidPackException(
            source,
            p,
            "日期（" + d + "）须在1949年至2100年之间",
            "date (" + d + ") must be between 1949 and 2100");
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new InvalidPackException(source, p, "日期须为 yyyy-MM-dd 格式", "date must be yyyy-MM-dd", e);
    }
  }
}
