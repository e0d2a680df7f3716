/**
 * laborcalc core: money (CNY), date ranges, regions (GB/T 2260), legal citations, errors and
 * statutory parameters. Every exported type is immutable and thread-safe.
 */
module org.laborcalc.core {
  // Only PackReader uses Jackson (its read(JsonNode, …) takes a tree, hence transitive); the value
  // types carry no Jackson: their JSON form is calc's JSON layer's (and PackReader's MoneyModule).
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.google.common;
  requires transitive jakarta.validation;

  exports org.laborcalc.money;
  exports org.laborcalc.time;
  exports org.laborcalc.region;
  exports org.laborcalc.law;
  exports org.laborcalc.error;
  exports org.laborcalc.parameters;
}
