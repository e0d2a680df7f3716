package org.laborcalc.parameters;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.laborcalc.law.Citation;
import org.laborcalc.law.Verification;

/**
 * The answer to a lookup: the value and where it came from, so that a result can show the pack,
 * region, range, label and citations of every figure it used. Immutable.
 *
 * @param entry the entry that supplied the value
 * @param requestedDate the date asked about
 */
public record ResolvedParameter<T>(ParameterEntry<T> entry, LocalDate requestedDate) {

  public ResolvedParameter {
    requireNonNull(entry, "entry");
    requireNonNull(requestedDate, "requestedDate");
  }

  public T value() {
    return entry.value();
  }

  public ParameterKey<T> key() {
    return entry.key();
  }

  public List<Citation> citations() {
    return entry.citations();
  }

  public Verification verification() {
    return entry.verification();
  }

  public String packId() {
    return entry.packId();
  }
}
