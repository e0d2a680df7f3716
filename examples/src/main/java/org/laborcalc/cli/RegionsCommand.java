package org.laborcalc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code laborcalc regions 杭州}: the GB/T 2260 codes a case file needs, found by name (or a code
 * checked), the broadest division first.
 */
@Command(
    name = "regions",
    mixinStandardHelpOptions = true,
    versionProvider = LaborCalcCli.Version.class,
    description = {
      "按名称查找行政区划代码（省、地级、县级），或核对代码。",
      "Finds GB/T 2260 region codes (province, prefecture, county) by name, or checks a code."
    })
final class RegionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME_OR_CODE", description = "名称或代码 / a name or a code, e.g. 杭州")
  String query;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "20",
      description = "最多列出 / at most this many (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "输出格式 / output format: text, json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    if (limit < 1) {
      return Io.report(
          Io.invalid(
                  "--limit",
                  "LIMIT_TOO_SMALL",
                  "--limit 须至少为 1，而非 " + limit,
                  "--limit must be at least 1, not " + limit)
              .violations(),
          format,
          out,
          spec.commandLine().getErr());
    }
    Regions regions = Regions.bundled();
    List<Region> found = regions.search(query, limit);
    if (format == Format.JSON) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("query", query);
      doc.put("dataset", regions.datasetVersion());
      doc.put("regions", found.stream().map(RegionsCommand::json).toList());
      out.println(LaborCalcJson.newMapper().writeValueAsString(doc));
    } else if (found.isEmpty()) {
      out.println("未找到“" + query + "” / no region matches \"" + query + "\"");
    } else {
      for (Region r : found) {
        out.println(r.code() + "  " + levelZh(r.level()) + "  " + r.fullName());
      }
    }
    out.flush();
    return 0;
  }

  private static Map<String, Object> json(Region r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", r.code());
    m.put("level", r.level().name());
    m.put("name", r.name());
    m.put("fullName", r.fullName());
    m.put("parent", r.parentCode());
    return m;
  }

  private static String levelZh(Region.Level level) {
    return switch (level) {
      case NATIONAL -> "全国";
      case PROVINCE -> "省级";
      case PREFECTURE -> "地级";
      case COUNTY -> "县级";
    };
  }
}
