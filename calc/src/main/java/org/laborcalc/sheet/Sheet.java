package org.laborcalc.sheet;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;

/**
 * The content of a calculation sheet (计算清单), independent of its format and language: a title, a
 * header of the case facts the result rests on, and sections of tables, entries and notes, every
 * value already written out as {@link Text}. A calculation kind fills one from its result (with
 * {@link #builder(Text)}); {@link CalculationSheets#render} lays it out as text, Markdown or HTML
 * in the language asked for, so that the formats cannot say different things. Immutable.
 *
 * <p>What a kind puts in: in the header, each fact as found (region with its name, dates, grade,
 * insurance status, termination and who ended it, the wage basis, the as-of date, the packs used);
 * in the sections, every line with its amount, formula and articles, and the totals. No parameter
 * key or internal code in human text: the key belongs in the result JSON.
 *
 * @param title the title
 * @param subtitle a line under the title (the unit of the amounts)
 * @param header the case facts and where the figures came from, in order
 * @param sections the sections in order
 */
public record Sheet(Text title, Text subtitle, List<Field> header, List<Section> sections) {

  /** What amounts are in, for the subtitle. */
  public static final Text AMOUNTS_IN_YUAN = Text.of("金额单位：人民币元", "Amounts in CNY (yuan)");

  public Sheet {
    requireNonNull(title, "title");
    requireNonNull(subtitle, "subtitle");
    header = List.copyOf(header);
    sections = List.copyOf(sections);
  }

  /** A sheet titled {@code title}, amounts in yuan, filled in order. */
  public static Builder builder(Text title) {
    return new Builder(title);
  }

  /** A section: {@code 一、本人工资}. */
  public record Section(Text title, List<Block> blocks) {
    public Section {
      requireNonNull(title, "title");
      blocks = List.copyOf(blocks);
    }
  }

  /** A part of a section. */
  public sealed interface Block permits Table, Entry, Notes, Chart {}

  /**
   * A table.
   *
   * @param columns the columns
   * @param rows the cells, one list per row, as many cells as columns
   * @param footerRows how many of the last rows are totals (set apart by a rule)
   */
  public record Table(List<Column> columns, List<List<Text>> rows, int footerRows)
      implements Block {
    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<Text> row : rows) {
        if (row.size() != columns.size()) {
          throw new IllegalArgumentException(
              "row (" + row + ") must have " + columns.size() + " cells");
        }
      }
      if (footerRows < 0 || footerRows > rows.size()) {
        throw new IllegalArgumentException(
            "footerRows (" + footerRows + ") must be between 0 and " + rows.size());
      }
    }
  }

  /**
   * A column of a table.
   *
   * @param header the header
   * @param numeric true for amounts, aligned to the right and never wrapped
   * @param nowrap true for dates and numbers that a line break would make hard to read
   */
  public record Column(Text header, boolean numeric, boolean nowrap) {
    public Column {
      requireNonNull(header, "header");
    }

    /** Text, wrapped where needed. */
    public static Column text(Text header) {
      return new Column(header, false, false);
    }

    /** An amount or a count: right-aligned. */
    public static Column amount(Text header) {
      return new Column(header, true, true);
    }

    /** A date or a short code: kept on one line. */
    public static Column code(Text header) {
      return new Column(header, false, true);
    }
  }

  /**
   * A heading with labelled values: how one item was computed.
   *
   * @param heading e.g. {@code [1] 一次性伤残补助金}; empty for labelled values without a heading
   * @param fields the labelled values
   */
  public record Entry(Text heading, List<Field> fields) implements Block {
    public Entry {
      requireNonNull(heading, "heading");
      fields = List.copyOf(fields);
    }
  }

  /** A label and its value. */
  public record Field(Text label, Text value) {
    public Field {
      requireNonNull(label, "label");
      requireNonNull(value, "value");
    }
  }

  /** A list of short paragraphs. */
  public record Notes(List<Text> items) implements Block {
    public Notes {
      items = List.copyOf(items);
    }
  }

  /**
   * The one-time amounts by item, drawn as bars in HTML; the text formats leave it out, since the
   * items table already lists the same amounts.
   */
  public record Chart(Text title, List<Bar> bars) implements Block {
    public Chart {
      requireNonNull(title, "title");
      bars = List.copyOf(bars);
    }
  }

  /** One bar: an item's one-time amount and who pays it. */
  public record Bar(Text label, Money amount, Party payer) {
    public Bar {
      requireNonNull(label, "label");
      requireNonNull(amount, "amount");
      requireNonNull(payer, "payer");
    }
  }

  /**
   * Fills a sheet in reading order: header facts, then sections, each taking the blocks added after
   * it. Consecutive {@link #field fields} of a section form one {@link Entry} without a heading.
   * Not thread-safe; {@link #build()} may be called once.
   */
  public static final class Builder {
    private final Text title;
    private Text subtitle = AMOUNTS_IN_YUAN;
    private final List<Field> header = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private Text sectionTitle;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();

    private Builder(Text title) {
      this.title = requireNonNull(title, "title");
    }

    /** The line under the title (default: amounts in yuan). */
    public Builder subtitle(Text subtitle) {
      this.subtitle = requireNonNull(subtitle, "subtitle");
      return this;
    }

    /** A fact of the header: {@code 地区：浙江省杭州市（330100）}. */
    public Builder fact(Text label, Text value) {
      header.add(new Field(label, value));
      return this;
    }

    /** Starts a section; what follows goes into it. */
    public Builder section(Text title) {
      flushSection();
      sectionTitle = requireNonNull(title, "title");
      return this;
    }

    /** A labelled value in the current section. */
    public Builder field(Text label, Text value) {
      fields.add(new Field(label, value));
      return this;
    }

    /** A block in the current section. */
    public Builder block(Block block) {
      flushFields();
      blocks.add(requireNonNull(block, "block"));
      return this;
    }

    /** Paragraphs in the current section. */
    public Builder notes(Text... items) {
      return block(new Notes(Arrays.asList(items)));
    }

    /** The sheet. */
    public Sheet build() {
      flushSection();
      return new Sheet(title, subtitle, header, sections);
    }

    private void flushFields() {
      if (!fields.isEmpty()) {
        blocks.add(new Entry(Text.EMPTY, fields));
        fields.clear();
      }
    }

    private void flushSection() {
      flushFields();
      if (sectionTitle != null) {
        sections.add(new Section(sectionTitle, blocks));
      } else if (!blocks.isEmpty()) {
        throw new IllegalStateException("blocks added before the first section");
      }
      blocks.clear();
      sectionTitle = null;
    }
  }
}
