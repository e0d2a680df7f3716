package org.laborcalc.cli;

import org.laborcalc.error.InvalidInputException;
import org.laborcalc.sheet.SheetLanguage;
import org.laborcalc.sheet.SheetOptions;
import picocli.CommandLine.Option;

/**
 * {@code --lang zh|en|zh+en} and {@code --width N}, shared by the commands that write a sheet: the
 * sheet's language (Chinese by default) and the text format's width in columns (a Chinese character
 * counts 2; default 100).
 */
final class SheetOption {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "zh",
      description = "清单语言 / sheet language: zh, en, zh+en (default: ${DEFAULT-VALUE})")
  String lang;

  @Option(
      names = "--width",
      paramLabel = "N",
      defaultValue = "100",
      description =
          "文本清单每行最多列数（汉字计 2 列）/ most columns a line of the text sheet takes, a"
              + " Chinese character counting 2 (default: ${DEFAULT-VALUE}, at least 40)")
  int width;

  /**
   * The options the command line names.
   *
   * @throws InvalidInputException at {@code --lang} or {@code --width} when out of range
   */
  SheetOptions options() {
    SheetLanguage language;
    try {
      language = SheetLanguage.parse(lang);
    } catch (IllegalArgumentException e) {
      throw Io.invalid(
          "--lang",
          "INVALID_OPTION",
          "清单语言“" + lang + "”无效，应为 zh、en 或 zh+en",
          "sheet language (" + lang + ") must be zh, en or zh+en");
    }
    if (width < SheetOptions.MIN_WIDTH || width > 1000) {
      throw Io.invalid(
          "--width",
          "INVALID_OPTION",
          "宽度 " + width + " 无效，应在 " + SheetOptions.MIN_WIDTH + " 至 1000 列之间",
          "width (" + width + ") must be between " + SheetOptions.MIN_WIDTH + " and 1000");
    }
    return SheetOptions.DEFAULT.withLanguage(language).withWidth(width);
  }
}
