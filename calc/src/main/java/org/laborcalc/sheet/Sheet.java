package org.laborcalc.sheet;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.laborcalc.money.Money;
import org.laborcalc.result.Party;

/**
 * The content of a calculation sheet, independent of its format: a title and numbered sections of
 * tables, entries and notes, every value already written out as text. {@link SheetBuilder} fills it
 * from a result; the renderers lay it out as text, Markdown or HTML, so the three formats cannot
 * say different things. Immutable.
 *
 * @param title the title
 * @param subtitle a line under the title (the unit of the amounts)
 * @param sections the sections in order
 */
record Sheet(String title, String subtitle, List<Section> sections) {

  Sheet {
    requireNonNull(title, "title");
    requireNonNull(subtitle, "subtitle");
    sections = List.copyOf(sections);
  }

  /** A numbered section: {@code 一、本人工资 Own wage}. */
  record Section(String title, List<Block> blocks) {
    Section {
      requireNonNull(title, "title");
      blocks = List.copyOf(blocks);
    }
  }

  /** A part of a section. */
  sealed interface Block permits Table, Entry, Notes, Chart {}

  /**
   * A table.
   *
   * @param columns the columns
   * @param rows the cells, one list per row, as many cells as columns
   * @param footerRows how many of the last rows are totals (set apart by a rule)
   */
  record Table(List<Column> columns, List<List<String>> rows, int footerRows) implements Block {
    Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
      for (List<String> row : rows) {
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
   * @param nowrap true for codes and dates that a line break would make hard to read
   */
  record Column(String header, boolean numeric, boolean nowrap) {
    Column {
      requireNonNull(header, "header");
    }

    /** Text, wrapped where needed. */
    static Column text(String header) {
      return new Column(header, false, false);
    }

    /** An amount or a count: right-aligned. */
    static Column amount(String header) {
      return new Column(header, true, true);
    }

    /** A key, code or date: kept on one line. */
    static Column code(String header) {
      return new Column(header, false, true);
    }
  }

  /**
   * A heading with labelled values: how one item was computed.
   *
   * @param heading e.g. {@code [1] 一次性伤残补助金 One-time disability subsidy}
   * @param fields the labelled values
   */
  record Entry(String heading, List<Field> fields) implements Block {
    Entry {
      requireNonNull(heading, "heading");
      fields = List.copyOf(fields);
    }
  }

  /** A label and its value. */
  record Field(String label, String value) {
    Field {
      requireNonNull(label, "label");
      requireNonNull(value, "value");
    }
  }

  /** A list of short paragraphs. */
  record Notes(List<String> items) implements Block {
    Notes {
      items = List.copyOf(items);
    }
  }

  /**
   * The one-time amounts by item, drawn as bars in HTML; the text formats leave it out, since the
   * items table already lists the same amounts.
   */
  record Chart(String title, List<Bar> bars) implements Block {
    Chart {
      requireNonNull(title, "title");
      bars = List.copyOf(bars);
    }
  }

  /** One bar: an item's one-time amount and who pays it. */
  record Bar(String label, Money amount, Party payer) {
    Bar {
      requireNonNull(label, "label");
      requireNonNull(amount, "amount");
      requireNonNull(payer, "payer");
    }
  }
}
