package org.laborcalc.parameters;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Instruments;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.region.Region;
import org.laborcalc.time.DateRange;

class PackReaderTest {
  /** The file name a caller gives; every error must repeat it. */
  private static final String SOURCE = "cases/zhang-san.params.json";

  private static final PackReader READER = PackReader.of(TestKeys.REGISTRY);

  /** A valid entry placed first, so that the entry under test is entries[1]. */
  private static final String GOOD =
      """
      {"key": "test.payDaysPerMonth", "region": "000000", "from": "2008-01-01", "value": 21.75,
       "verification": "PRIMARY",
       "citations": [{"instrument": "yue-pingjun-gongzuo-shijian-2008", "article": 2}]}""";

  private static final String FULL_TABLE =
      """
      {"1": 27, "2": 25, "3": 23, "4": 21, "5": 18, "6": 16, "7": 13, "8": 11, "9": 9, "10": 7}""";

  private static String pack(String... entries) {
    return """
        {"pack": "test-pack", "title": "测试参数包", "entries": [
        %s
        ]}"""
        .formatted(String.join(",\n", entries));
  }

  private static ParameterPack read(String json) {
    return READER.read(new ByteArrayInputStream(json.getBytes(UTF_8)), SOURCE);
  }

  private static ParameterPack readResource(String name) throws IOException {
    try (InputStream in = PackReaderTest.class.getResourceAsStream(name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return READER.read(in, name);
    }
  }

  /**
   * A pack that must be refused at load time.
   *
   * @param what the defect, as the test name
   * @param json the whole pack
   * @param path where the error must point
   * @param zh what the Chinese message must say
   * @param en what the English message must say
   */
  record Rejection(String what, String json, String path, String zh, String en) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Rejection> rejections() {
    return Stream.of(
        // citations
        new Rejection(
            "citations absent",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY"}"""),
            "entries[1].citations",
            "每个数值至少须引用一处法律依据",
            "every value must cite at least one legal source"),
        new Rejection(
            "citations an empty array",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY", "citations": []}"""),
            "entries[1].citations",
            "每个数值至少须引用一处法律依据",
            "every value must cite at least one legal source"),
        new Rejection(
            "citations null",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY", "citations": null}"""),
            "entries[1].citations",
            "每个数值至少须引用一处法律依据",
            "every value must cite at least one legal source"),
        new Rejection(
            "unknown instrument id",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2099", "article": 33}]}"""),
            "entries[1].citations[0].instrument",
            "未知的法律文件标识“gsbx-tiaoli-2099”",
            "unknown instrument id \"gsbx-tiaoli-2099\""),
        new Rejection(
            "instrument of the second citation missing",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}, {"article": 34}]}"""),
            "entries[1].citations[1].instrument",
            "缺少或不是文本",
            "is missing or not a string"),
        new Rejection(
            "citation item without a paragraph",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33, "item": 1}]}"""),
            "entries[1].citations[0]",
            "引用有误",
            "paragraph (0) must be given when an item (1) is"),
        new Rejection(
            "citation article written in words",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": "第三十三条"}]}"""),
            "entries[1].citations[0].article",
            "须为非负整数",
            "must be a whole number, 0 or more"),
        new Rejection(
            "citation paragraph a boolean",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33, "paragraph": true}]}"""),
            "entries[1].citations[0].paragraph",
            "须为非负整数",
            "must be a whole number, 0 or more"),
        new Rejection(
            "citation article a fraction",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33.5}]}"""),
            "entries[1].citations[0].article",
            "须为非负整数",
            "must be a whole number, 0 or more"),
        new Rejection(
            "citation quote not a string",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33,
                                "quote": {"zh": "停工留薪期一般不超过12个月"}}]}"""),
            "entries[1].citations[0].quote",
            "须为文本",
            "must be a string"),
        // overlapping ranges
        new Rejection(
            "two bounded ranges of one key and region overlap",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2004-01-01",
                 "until": "2011-01-01", "value": 6, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2003", "article": 31}]}""",
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2010-06-01",
                 "until": "2012-01-01", "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[2]",
            "2010-06-01/2012-01-01 与 entries[1] 的 2004-01-01/2011-01-01 重叠",
            "over 2010-06-01/2012-01-01 overlaps entries[1] over 2004-01-01/2011-01-01"),
        new Rejection(
            "an unbounded range overlaps a later one",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "370000", "from": "2004-01-01",
                 "until": null, "value": 6, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2003", "article": 31}]}""",
                """
                {"key": "test.suspension.maxMonths", "region": "370000", "from": "2011-01-01",
                 "until": "2012-01-01", "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[2]",
            "“test.suspension.maxMonths”在370000的适用期间 2011-01-01/2012-01-01 与 entries[1] 的"
                + " 2004-01-01/.. 重叠",
            "entry for test.suspension.maxMonths in 370000 over 2011-01-01/2012-01-01 overlaps"
                + " entries[1] over 2004-01-01/.."),
        new Rejection(
            "two unbounded ranges overlap",
            pack(
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}""",
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2004-01-01",
                 "value": 6, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2003", "article": 31}]}"""),
            "entries[2]",
            "与 entries[0] 的 2011-01-01/.. 重叠",
            "over 2004-01-01/.. overlaps entries[0] over 2011-01-01/.."),
        // tables
        new Rejection(
            "grade table without grade 7",
            pack(
                GOOD,
                """
                {"key": "test.subsidy.months", "region": "000000", "from": "2011-01-01",
                 "value": {"1": 27, "2": 25, "3": 23, "4": 21, "5": 18, "6": 16, "8": 11, "9": 9, "10": 7},
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 35}]}"""),
            "entries[1].value",
            "表不完整：缺少键“7”",
            "incomplete table: key \"7\" is missing"),
        new Rejection(
            "grade table with an extra grade 11",
            pack(
                GOOD,
                """
                {"key": "test.subsidy.months", "region": "000000", "from": "2011-01-01",
                 "value": {"1": 27, "2": 25, "3": 23, "4": 21, "5": 18, "6": 16, "7": 13, "8": 11,
                           "9": 9, "10": 7, "11": 5},
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 35}]}"""),
            "entries[1].value.11",
            "表中不应有键“11”",
            "unexpected table key \"11\""),
        new Rejection(
            "negative months in a grade table",
            pack(
                GOOD,
                """
                {"key": "test.subsidy.months", "region": "000000", "from": "2011-01-01",
                 "value": {"1": 27, "2": 25, "3": 23, "4": 21, "5": 18, "6": 16, "7": -3, "8": 11,
                           "9": 9, "10": 7},
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 36}]}"""),
            "entries[1].value.7",
            "数值（-3）须在 0 至 100 之间",
            "value (-3) must be between 0 and 100"),
        new Rejection(
            "a table figure written as a string",
            pack(
                GOOD,
                """
                {"key": "test.subsidy.months", "region": "000000", "from": "2011-01-01",
                 "value": {"1": "27", "2": 25, "3": 23, "4": 21, "5": 18, "6": 16, "7": 13, "8": 11,
                           "9": 9, "10": 7},
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 35}]}"""),
            "entries[1].value.1",
            "须为数字",
            "must be a number"),
        new Rejection(
            "a table given as an array",
            pack(
                GOOD,
                """
                {"key": "test.subsidy.months", "region": "000000", "from": "2011-01-01",
                 "value": [27, 25, 23, 21, 18, 16, 13, 11, 9, 7], "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 35}]}"""),
            "entries[1].value",
            "须为 JSON 对象（表）",
            "must be a JSON object (a table)"),
        // numbers
        new Rejection(
            "negative months",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": -1, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].value",
            "数值（-1）须在 0 至 24 之间",
            "value (-1) must be between 0 and 24"),
        new Rejection(
            "months above the bound",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 24.5, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].value",
            "数值（24.5）须在 0 至 24 之间",
            "value (24.5) must be between 0 and 24"),
        new Rejection(
            "a number written as a string",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": "12", "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].value",
            "须为数字",
            "must be a number"),
        new Rejection(
            "value missing",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].value",
            "缺少数值",
            "value is missing"),
        // money
        new Rejection(
            "money given as a JSON number",
            pack(
                GOOD,
                """
                {"key": "test.income.perCapita", "region": "000000", "from": "2023-01-01",
                 "until": "2024-01-01", "value": 51821.00, "verification": "SECONDARY",
                 "citations": [{"instrument": "nbs-income-releases"}]}"""),
            "entries[1].value",
            "金额须为字符串",
            "an amount must be a string such as \"6500.00\""),
        new Rejection(
            "money with three decimals",
            pack(
                GOOD,
                """
                {"key": "test.income.perCapita", "region": "000000", "from": "2023-01-01",
                 "until": "2024-01-01", "value": "51821.005", "verification": "SECONDARY",
                 "citations": [{"instrument": "nbs-income-releases"}]}"""),
            "entries[1].value",
            "金额有误",
            "amount (\"51821.005\") must be a plain decimal with at most 2 decimals"),
        new Rejection(
            "money of zero",
            pack(
                GOOD,
                """
                {"key": "test.income.perCapita", "region": "000000", "from": "2023-01-01",
                 "until": "2024-01-01", "value": "0.00", "verification": "SECONDARY",
                 "citations": [{"instrument": "nbs-income-releases"}]}"""),
            "entries[1].value",
            "金额有误",
            "amount (0.00) must be positive"),
        new Rejection(
            "money with a thousands separator",
            pack(
                GOOD,
                """
                {"key": "test.income.perCapita", "region": "000000", "from": "2023-01-01",
                 "until": "2024-01-01", "value": "51,821.00", "verification": "SECONDARY",
                 "citations": [{"instrument": "nbs-income-releases"}]}"""),
            "entries[1].value",
            "金额有误",
            "must be a plain decimal"),
        // regions and keys
        new Rejection(
            "unknown region code",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "370899", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].region",
            "行政区划代码“370899”未收录",
            "region code (\"370899\") must be the six-digit GB/T 2260 code"),
        new Rejection(
            "region code as a number",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": 370800, "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].region",
            "缺少或不是文本",
            "is missing or not a string"),
        new Rejection(
            "unknown key",
            pack(
                GOOD,
                """
                {"key": "test.noSuchKey", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].key",
            "未知的参数“test.noSuchKey”",
            "unknown parameter key \"test.noSuchKey\""),
        // unknown fields
        new Rejection(
            "unknown field in the pack",
            """
            {"pack": "test-pack", "title": "测试参数包", "version": 2, "entries": []}""",
            "version",
            "未知字段“version”",
            "unknown field \"version\""),
        new Rejection(
            "unknown field in an entry",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "valeu": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].valeu",
            "未知字段“valeu”",
            "unknown field \"valeu\""),
        new Rejection(
            "unknown field in a citation",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33, "section": 2}]}"""),
            "entries[1].citations[0].section",
            "未知字段“section”",
            "unknown field \"section\""),
        new Rejection(
            "unknown field in a warning",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "SECONDARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}],
                 "warning": {"zh": "未核实", "en": "unverified", "fr": "non vérifié"}}"""),
            "entries[1].warning.fr",
            "未知字段“fr”",
            "unknown field \"fr\""),
        // dates
        new Rejection(
            "until equal to from",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "until": "2011-01-01", "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].until",
            "截止日（2011-01-01）须晚于起始日（2011-01-01）",
            "until (2011-01-01) must be after from (2011-01-01)"),
        new Rejection(
            "until before from",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "until": "2010-12-31", "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].until",
            "截止日（2010-12-31）须晚于起始日（2011-01-01）",
            "until (2010-12-31) must be after from (2011-01-01)"),
        new Rejection(
            "from missing",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "until": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].from",
            "缺少日期",
            "date is missing"),
        new Rejection(
            "malformed date: month 13",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-13-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].from",
            "日期须为 yyyy-MM-dd 格式",
            "date must be yyyy-MM-dd"),
        new Rejection(
            "malformed date: 30 February",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "until": "2011-02-30", "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].until",
            "日期须为 yyyy-MM-dd 格式",
            "date must be yyyy-MM-dd"),
        new Rejection(
            "malformed date: slashes",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011/01/01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].from",
            "日期须为 yyyy-MM-dd 格式",
            "date must be yyyy-MM-dd"),
        new Rejection(
            "malformed knownSince",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY", "knownSince": "2010年12月20日",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].knownSince",
            "日期须为 yyyy-MM-dd 格式",
            "date must be yyyy-MM-dd"),
        new Rejection(
            "date before 1949",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "1948-12-31",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].from",
            "日期（1948-12-31）须在1949年至2100年之间",
            "date (1948-12-31) must be between 1949 and 2100"),
        // verification and warning
        new Rejection(
            "verification not in the enum",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "VERIFIED",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].verification",
            "核实标记“VERIFIED”须为 PRIMARY、SECONDARY 或 USER_SUPPLIED",
            "verification (\"VERIFIED\") must be PRIMARY, SECONDARY or USER_SUPPLIED"),
        new Rejection(
            "verification in lower case",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "primary",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].verification",
            "核实标记“primary”",
            "verification (\"primary\") must be PRIMARY, SECONDARY or USER_SUPPLIED"),
        new Rejection(
            "verification missing",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].verification",
            "缺少或不是文本",
            "is missing or not a string"),
        new Rejection(
            "warning with only zh",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "SECONDARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}],
                 "warning": {"zh": "该数值未经核实"}}"""),
            "entries[1].warning.en",
            "缺少或不是文本",
            "is missing or not a string"),
        new Rejection(
            "note not a string",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY", "note": ["a", "b"],
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "entries[1].note",
            "须为文本",
            "must be a string"),
        // JSON syntax and shape
        new Rejection(
            "malformed JSON: unclosed object",
            """
            {"pack": "test-pack", "title": "测试参数包", "entries": [""",
            "",
            "不是有效的 JSON",
            "not valid JSON"),
        new Rejection(
            "malformed JSON: trailing comma", pack(GOOD + ","), "", "不是有效的 JSON", "not valid JSON"),
        new Rejection(
            "malformed JSON: a second closing brace",
            pack(GOOD) + "}",
            "",
            "不是有效的 JSON",
            "not valid JSON"),
        new Rejection(
            "malformed JSON: two packs in one file",
            pack(GOOD) + "\n" + pack(GOOD),
            "",
            "不是有效的 JSON",
            "not valid JSON"),
        new Rejection(
            "duplicate JSON keys",
            pack(
                GOOD,
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "value": 24, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""),
            "",
            "Duplicate field 'value'",
            "not valid JSON: Duplicate field 'value'"),
        new Rejection(
            "top-level array",
            "[" + GOOD + "]",
            "",
            "顶层须为 JSON 对象",
            "the top level must be a JSON object"),
        new Rejection("empty file", "", "", "顶层须为 JSON 对象", "the top level must be a JSON object"),
        new Rejection(
            "entries not an array",
            """
            {"pack": "test-pack", "title": "测试参数包", "entries": {}}""",
            "entries",
            "须为数组",
            "must be an array of entries"),
        new Rejection(
            "an entry that is not an object",
            pack(GOOD, "\"test.suspension.maxMonths\""),
            "entries[1]",
            "须为 JSON 对象",
            "must be a JSON object"),
        new Rejection(
            "title missing",
            """
            {"pack": "test-pack", "entries": []}""",
            "title",
            "缺少或不是文本",
            "is missing or not a string"),
        new Rejection(
            "pack id with spaces and capitals",
            """
            {"pack": "Test Pack", "title": "测试参数包", "entries": []}""",
            "pack",
            "参数包标识“Test Pack”须为以“-”连接的小写字母或数字",
            "pack id (\"Test Pack\") must be lower-case words joined by '-'"),
        // structured rules
        new Rejection(
            "structured rule with an unknown field",
            pack(
                GOOD,
                """
                {"key": "test.uninsuredLumpSum", "region": "330000", "from": "2020-09-24",
                 "value": {"base": "PROVINCIAL_ANNUAL_AVERAGE_WAGE",
                           "multiples": {"1": 16, "2": 14, "3": 12, "4": 10},
                           "byAgreement": true, "cap": "500000.00"},
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "zhejiang-gsbx-tiaoli-2020", "article": 34}]}"""),
            "entries[1].value",
            "规则有误：Unrecognized field \"cap\"",
            "invalid rule: Unrecognized field \"cap\""),
        new Rejection(
            "structured rule its constructor rejects",
            pack(
                GOOD,
                """
                {"key": "test.uninsuredLumpSum", "region": "330000", "from": "2020-09-24",
                 "value": {"base": "PROVINCIAL_ANNUAL_AVERAGE_WAGE",
                           "multiples": {"1": 16, "2": 0, "3": 12, "4": 10}, "byAgreement": true},
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "zhejiang-gsbx-tiaoli-2020", "article": 34}]}"""),
            "entries[1].value",
            "规则有误：multiple for grade 2 (0) must be positive",
            "invalid rule: multiple for grade 2 (0) must be positive"),
        new Rejection(
            "structured rule missing a field its constructor requires",
            pack(
                GOOD,
                """
                {"key": "test.uninsuredLumpSum", "region": "330000", "from": "2020-09-24",
                 "value": {"multiples": {"1": 16, "2": 14, "3": 12, "4": 10}, "byAgreement": true},
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "zhejiang-gsbx-tiaoli-2020", "article": 34}]}"""),
            "entries[1].value",
            "规则有误：base must be given",
            "invalid rule: base must be given"),
        new Rejection(
            "structured rule with an enum value that does not exist",
            pack(
                GOOD,
                """
                {"key": "test.uninsuredLumpSum", "region": "330000", "from": "2020-09-24",
                 "value": {"base": "CITY_AVERAGE_WAGE",
                           "multiples": {"1": 16, "2": 14, "3": 12, "4": 10}, "byAgreement": true},
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "zhejiang-gsbx-tiaoli-2020", "article": 34}]}"""),
            "entries[1].value",
            "CITY_AVERAGE_WAGE",
            "invalid rule: Cannot deserialize value of type"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejections")
  void rejectsAMalformedPackNamingSourcePathAndProblem(Rejection r) {
    InvalidPackException e = catchThrowableOfType(InvalidPackException.class, () -> read(r.json()));

    assertThat(e).as("the pack must be rejected").isNotNull();
    assertThat(e.code()).isEqualTo("INVALID_PARAMETER_PACK");
    assertThat(e.source()).isEqualTo(SOURCE);
    assertThat(e.path()).isEqualTo(r.path());
    assertThat(e.messageZh()).contains("参数包 " + SOURCE, r.path(), r.zh());
    assertThat(e.messageEn()).contains("parameter pack " + SOURCE, r.path(), r.en());
  }

  @Test
  void anIncompleteTableNamesTheFirstMissingKeyInDeclaredOrderEveryRun() {
    InvalidPackException e =
        catchThrowableOfType(
            InvalidPackException.class,
            () ->
                read(
                    pack(
                        """
                        {"key": "test.subsidy.months", "region": "000000", "from": "2011-01-01",
                         "value": {"10": 7, "9": 9, "8": 11, "6": 16, "5": 18, "4": 21, "2": 25,
                                   "1": 27},
                         "verification": "PRIMARY",
                         "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 35}]}""")));

    assertThat(e.path()).isEqualTo("entries[0].value");
    assertThat(e.messageEn())
        .contains("key \"3\" is missing (needs [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])");
    assertThat(e.messageZh()).contains("缺少键“3”（须有 [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]）");
  }

  @Test
  void errorsFromAJsonTreeNameTheSourceGiven() {
    ObjectMapper mapper = new ObjectMapper();
    InvalidPackException e =
        catchThrowableOfType(
            InvalidPackException.class,
            () ->
                READER.read(
                    mapper.readTree(
                        pack(
                            """
                            {"key": "test.suspension.maxMonths", "region": "000000",
                             "from": "2011-01-01", "value": 12, "verification": "PRIMARY"}""")),
                    "case.json#parameters"));

    assertThat(e.source()).isEqualTo("case.json#parameters");
    assertThat(e.path()).isEqualTo("entries[0].citations");
  }

  @Test
  void aMissingTreeIsRejectedAsNotAnObject() {
    InvalidPackException e =
        catchThrowableOfType(
            InvalidPackException.class, () -> READER.read((JsonNode) null, "nothing.json"));

    assertThat(e.source()).isEqualTo("nothing.json");
    assertThat(e.messageEn()).contains("the top level must be a JSON object");
  }

  @Nested
  class AValidPackWithEveryKind {
    private final ParameterPack pack;

    AValidPackWithEveryKind() throws IOException {
      pack = readResource("valid-all-kinds.json");
    }

    @Test
    void keepsIdTitleAndSource() {
      assertThat(pack.id()).isEqualTo("test-all-kinds");
      assertThat(pack.title()).isEqualTo("测试：每种参数各一例");
      assertThat(pack.source()).isEqualTo("valid-all-kinds.json");
      assertThat(pack.entries()).hasSize(5);
      assertThat(pack.entries()).allSatisfy(e -> assertThat(e.packId()).isEqualTo(pack.id()));
    }

    @Test
    void readsANumberAsTheExactDecimalWritten() {
      ParameterEntry<?> e = pack.entries().get(0);

      assertThat(e.key()).isSameAs(TestKeys.PAY_DAYS);
      // equals, not compareTo: the scale must be the one written, 21.75, not a binary double.
      assertThat(e.value()).isEqualTo(new BigDecimal("21.75"));
      assertThat(e.region()).isEqualTo(Region.of("000000"));
      assertThat(e.range()).isEqualTo(DateRange.from(LocalDate.of(2008, 1, 1)));
      assertThat(e.verification()).isEqualTo(Verification.PRIMARY);
      assertThat(e.citations())
          .containsExactly(
              new Citation(
                  Instruments.get("yue-pingjun-gongzuo-shijian-2008"),
                  2,
                  0,
                  0,
                  "月计薪天数＝（365天－104天）÷12月＝21.75天",
                  null));
      assertThat(e.knownSince()).isNull();
      assertThat(e.note()).isNull();
      assertThat(e.warning()).isEmpty();
    }

    @Test
    void readsMoneyFromAStringWithItsYearRangeLabelAndWarning() {
      ParameterEntry<?> e = pack.entries().get(1);

      assertThat(e.key()).isSameAs(TestKeys.INCOME);
      assertThat(e.value()).isEqualTo(Money.parse("51821.00"));
      assertThat(e.value()).hasToString("51821.00");
      assertThat(e.range())
          .isEqualTo(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)));
      assertThat(e.verification()).isEqualTo(Verification.SECONDARY);
      assertThat(e.citations())
          .containsExactly(Citation.of(Instruments.get("nbs-income-releases")));
      assertThat(e.knownSince()).isEqualTo(LocalDate.of(2024, 1, 17));
      assertThat(e.note()).isEqualTo("the figure for 2023");
      assertThat(e.warningZh()).isEqualTo("来自转载的统计公报");
      assertThat(e.warningEn()).isEqualTo("taken from reprints of the statistical release");
      assertThat(e.warning()).contains("taken from reprints of the statistical release");
    }

    @Test
    void readsAGradeTableWithEveryGrade() {
      ParameterEntry<?> e = pack.entries().get(2);

      assertThat(e.key()).isSameAs(TestKeys.MONTHS_BY_GRADE);
      Table t = TestKeys.MONTHS_BY_GRADE.cast(e.value());
      Map<String, BigDecimal> expected = new LinkedHashMap<>();
      int[] months = {27, 25, 23, 21, 18, 16, 13, 11, 9, 7}; // 2010 arts. 35–37, grades 1 to 10
      for (int grade = 1; grade <= 10; grade++) {
        expected.put(Integer.toString(grade), BigDecimal.valueOf(months[grade - 1]));
      }
      assertThat(t).isEqualTo(Table.of(expected));
      assertThat(t.get(1)).isEqualByComparingTo("27");
      assertThat(t.get(7)).isEqualByComparingTo("13");
      assertThat(t.get(10)).isEqualByComparingTo("7");
      assertThat(t.keys())
          .containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
      assertThat(e.range().isUnbounded()).isTrue();
      assertThat(e.citations())
          .extracting(Citation::article, Citation::paragraph, Citation::item)
          .containsExactly(tuple(35, 1, 1), tuple(36, 1, 1), tuple(37, 1, 1));
      assertThat(e.citations().get(2).url()).isEqualTo("https://example.org/gsbx-tiaoli-2010#37");
    }

    @Test
    void readsAStructuredRuleIntoItsRecord() {
      ParameterEntry<?> e = pack.entries().get(3);

      assertThat(e.key()).isSameAs(TestKeys.LUMP_SUM);
      assertThat(e.region()).isEqualTo(Region.of("330000"));
      assertThat(e.value())
          .isEqualTo(
              new TestKeys.LumpSumRule(
                  TestKeys.Base.PROVINCIAL_ANNUAL_AVERAGE_WAGE,
                  Map.of(
                      "1", new BigDecimal("16"),
                      "2", new BigDecimal("14"),
                      "3", new BigDecimal("12"),
                      "4", new BigDecimal("10")),
                  true));
    }

    @Test
    void readsNullNoteAndWarningAsAbsent() {
      ParameterEntry<?> e = pack.entries().get(4);

      assertThat(e.key()).isSameAs(TestKeys.MAX_MONTHS);
      assertThat(e.verification()).isEqualTo(Verification.USER_SUPPLIED);
      assertThat(e.note()).isNull();
      assertThat(e.warning()).isEmpty();
      assertThat(e.citations())
          .containsExactly(Citation.of(Instruments.WORK_INJURY_REGULATION_2010, 33, 2));
    }
  }

  @Test
  void numbersKeepTheScaleTheyAreWrittenWith() {
    ParameterPack p =
        read(
            pack(
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12.0, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33, "paragraph": 2}]}""",
                """
                {"key": "test.subsidy.months", "region": "000000", "from": "2011-01-01",
                 "value": {"1": 100.00, "2": 25, "3": 23, "4": 21, "5": 18, "6": 16, "7": 13,
                           "8": 11, "9": 9, "10": 7.50},
                 "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 35}]}"""));

    assertThat(p.entries().get(0).value()).isEqualTo(new BigDecimal("12.0"));
    Table t = (Table) p.entries().get(1).value();
    // Never "1E+2": figures are shown in formulas as written.
    assertThat(t.get(1)).hasToString("100.00");
    assertThat(t.get(10)).hasToString("7.50");
  }

  @Test
  void readsMoneyWithoutDecimalsToTheFen() {
    ParameterPack p =
        read(
            pack(
                """
                {"key": "test.income.perCapita", "region": "000000", "from": "2023-01-01",
                 "until": "2024-01-01", "value": "51821", "verification": "SECONDARY",
                 "citations": [{"instrument": "nbs-income-releases"}]}"""));

    assertThat(p.entries().get(0).value()).hasToString("51821.00");
  }

  @Test
  void acceptsAdjacentRangesOfOneKeyAndRegion() {
    ParameterPack p =
        read(
            pack(
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2004-01-01",
                 "until": "2011-01-01", "value": 6, "verification": "SECONDARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2003", "article": 31}]}""",
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "until": null, "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}"""));

    assertThat(p.entries())
        .extracting(ParameterEntry::range)
        .containsExactly(
            DateRange.of(LocalDate.of(2004, 1, 1), LocalDate.of(2011, 1, 1)),
            DateRange.from(LocalDate.of(2011, 1, 1)));
  }

  @Test
  void acceptsTheSameKeyOverTheSameDatesInDifferentRegions() {
    ParameterPack p =
        read(
            pack(
                """
                {"key": "test.suspension.maxMonths", "region": "000000", "from": "2011-01-01",
                 "value": 12, "verification": "PRIMARY",
                 "citations": [{"instrument": "gsbx-tiaoli-2010", "article": 33}]}""",
                """
                {"key": "test.suspension.maxMonths", "region": "370000", "from": "2011-01-01",
                 "value": 10, "verification": "USER_SUPPLIED",
                 "citations": [{"instrument": "shandong-gsbx-banfa-2011"}]}""",
                """
                {"key": "test.suspension.maxMonths", "region": "370800", "from": "2011-01-01",
                 "value": 8, "verification": "USER_SUPPLIED",
                 "citations": [{"instrument": "shandong-gsbx-banfa-2011"}]}"""));

    assertThat(p.entries())
        .extracting(e -> e.region().code())
        .containsExactly("000000", "370000", "370800");
  }

  @Test
  void acceptsOverlappingRangesOfDifferentKeysInOneRegion() {
    ParameterPack p =
        read(pack(GOOD, GOOD.replace("test.payDaysPerMonth", "test.suspension.maxMonths")));

    assertThat(p.entries())
        .extracting(e -> e.key().name())
        .containsExactly("test.payDaysPerMonth", "test.suspension.maxMonths");
  }

  @Test
  void acceptsAPackWithNoEntries() {
    ParameterPack p = read(pack());

    assertThat(p.id()).isEqualTo("test-pack");
    assertThat(p.entries()).isEmpty();
  }
}
