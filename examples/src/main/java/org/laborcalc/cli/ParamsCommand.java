package org.laborcalc.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.laborcalc.error.InvalidInputException;
import org.laborcalc.json.LaborCalcJson;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;
import org.laborcalc.money.Money;
import org.laborcalc.parameters.ParameterPack;
import org.laborcalc.parameters.Parameters;
import org.laborcalc.parameters.ResolvedParameter;
import org.laborcalc.parameters.Table;
import org.laborcalc.region.Region;
import org.laborcalc.region.Regions;
import org.laborcalc.region.UnknownRegionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code laborcalc params}: the statutory parameters in force, with sources and labels. */
@Command(
    name = "params",
    mixinStandardHelpOptions = true,
    versionProvider = LaborCalcCli.Version.class,
    description = {
      "列出某地某日有效的法定参数及其来源和核实标记。",
      "Lists the statutory parameters in force for a region on a date, with sources and"
          + " verification labels."
    })
final class ParamsCommand implements Callable<Integer> {
  private final LaborCalcCli.Context context;

  @Spec CommandSpec spec;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      defaultValue = Region.NATIONAL_CODE,
      description = "六位行政区划代码 / six-digit GB/T 2260 code (default: ${DEFAULT-VALUE}, 全国)")
  String region;

  @Option(names = "--date", paramLabel = "DATE", description = "日期 / date (default: today)")
  String date;

  @Option(
      names = "--params",
      paramLabel = "FILE",
      description = "叠加的参数包 / a pack layered over the bundled ones")
  Path params;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "输出格式 / output format: text, json (default: ${DEFAULT-VALUE})")
  Format format;

  ParamsCommand(LaborCalcCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Region r;
    LocalDate d;
    ParameterPack pack;
    try {
      r =
          Regions.bundled()
              .find(region)
              .orElseThrow(
                  () -> {
                    UnknownRegionException e = new UnknownRegionException(region);
                    return Io.invalid("--region", e.code(), e.messageZh(), e.messageEn());
                  });
      d = date == null ? context.today().get() : Io.date(date, "--date");
      pack = params == null ? null : Io.pack(params);
    } catch (InvalidInputException e) {
      return Io.report(e.violations(), format, out, spec.commandLine().getErr());
    }
    Parameters p = context.baseParameters().get();
    if (pack != null) {
      p = p.with(pack);
    }
    List<ResolvedParameter<?>> inForce = p.inForce(r, d);
    if (format == Format.JSON) {
      out.print(LaborCalcJson.writeParameters(r, d, inForce));
    } else {
      out.println("有效参数 / parameters in force: " + r.fullName() + " (" + r.code() + "), " + d);
      for (ResolvedParameter<?> rp : inForce) {
        out.println();
        out.println(
            rp.key().name() + "  " + rp.key().descriptionZh() + " / " + rp.key().descriptionEn());
        out.println("  值 value: " + value(rp.value()));
        out.println(
            "  地区 region: "
                + rp.entry().region().code()
                + "  期间 in force: "
                + rp.entry().range()
                + "  参数包 pack: "
                + rp.packId()
                + "  核实 verification: "
                + label(rp.verification()));
        out.println(
            "  依据 source: "
                + rp.citations().stream()
                    .map(Citation::toChinese)
                    .collect(Collectors.joining("；")));
        rp.entry()
            .warning()
            .ifPresent(w -> out.println("  ! " + rp.entry().warningZh() + " / " + w));
      }
    }
    out.flush();
    return 0;
  }

  private static String value(Object v) {
    if (v instanceof Money m) {
      return m.toGroupedString();
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (v instanceof Table t) {
      return t.asMap().entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue().toPlainString())
          .collect(Collectors.joining(", "));
    }
    try {
      // A structured rule: compact JSON, map keys sorted, as in its pack.
      return LaborCalcJson.newMapper().writeValueAsString(v);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return String.valueOf(v);
    }
  }

  private static String label(Verification v) {
    return switch (v) {
      case PRIMARY -> "PRIMARY（已核对原文）";
      case SECONDARY -> "SECONDARY（二手资料，未核原文）";
      case USER_SUPPLIED -> "USER_SUPPLIED（使用者提供）";
    };
  }
}
