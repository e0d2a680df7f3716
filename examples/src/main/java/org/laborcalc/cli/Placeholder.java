package org.laborcalc.cli;

final class Placeholder {
  private Placeholder() {}
}
