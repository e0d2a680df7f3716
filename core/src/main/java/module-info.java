/**
 * laborcalc core: money (CNY), date ranges, regions (GB/T 2260), legal citations, errors and
 * statutory parameters. Every exported type is immutable and thread-safe.
 */
module org.laborcalc.core {
  // Only the parameters package (PackReader, whose read(JsonNode, …) takes a tree: hence
  // transitive) and the unexported internal one use Jackson; the value types carry none, their
  // JSON form is calc's JSON layer's (and, for packs' STRUCTURED rules, PackReader's MoneyModule).
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.google.common;
  requires transitive jakarta.validation;
  // Not used in code: Hibernate Validator interpolates messages with the Expression Language, which
  // it requires only statically, so this resolves it (and its implementation, Expressly, bound as a
  // service) on the module path without --add-modules.
  requires jakarta.el;

  exports org.laborcalc.money;
  exports org.laborcalc.time;
  exports org.laborcalc.region;
  exports org.laborcalc.law;
  exports org.laborcalc.error;
  exports org.laborcalc.parameters;
}
