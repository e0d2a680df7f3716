package org.laborcalc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.laborcalc.LaborCalc;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web form in a real browser: Debian's {@code chromium} driven through {@code chromium-driver}
 * (both installed by {@code .ci/run}; elsewhere the test is skipped when they are missing, and
 * fails under {@code CI=true}). The page loads nothing from outside the service.
 */
class WebFormBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static Server server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new AssertionError(
          "CI needs chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
    }
    assumeTrue(present, "chromium and chromium-driver are not installed");
    server =
        Server.start(
            ServerOptions.defaults().withPort(0),
            LaborCalc.withBundledParameters(),
            () -> LocalDate.of(2024, 3, 1));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=1280,2400",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void open() {
    browser.get("http://127.0.0.1:" + server.port() + "/");
    waitUntil(
        () ->
            "true"
                .equals(
                    byId("case-form")
                        .findElement(By.xpath("/html/body"))
                        .getDomAttribute("data-ready")));
  }

  private static WebElement byId(String id) {
    return browser.findElement(By.id(id));
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
  }

  private static void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }

  /** Date and month inputs take their value as the browser's own widget would set it. */
  private static void setValue(WebElement field, String value) {
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            field,
            value);
  }

  private static void evidence(
      WebElement row, String id, String kind, String from, String to, String amount) {
    type(row.findElement(By.className("ev-id")), id);
    new Select(row.findElement(By.className("ev-kind"))).selectByValue(kind);
    setValue(row.findElement(By.className("ev-month")), from);
    setValue(row.findElement(By.className("ev-through")), to);
    type(row.findElement(By.className("ev-amount")), amount);
  }

  private static void expense(String item, String amount, String description) {
    byId("add-expense").click();
    List<WebElement> rows = browser.findElements(By.className("expense-row"));
    WebElement row = rows.get(rows.size() - 1);
    new Select(row.findElement(By.className("ex-item"))).selectByValue(item);
    type(row.findElement(By.className("ex-amount")), amount);
    type(row.findElement(By.className("ex-desc")), description);
  }

  /**
   * The barite-mine seed case (examples/cases/seed-barite-mine-grade9.json), as a person enters it.
   */
  private static void fillSeedCase() {
    type(byId("region-query"), "济宁");
    byId("region-query").sendKeys(Keys.ENTER); // the keyboard searches too
    waitUntil(
        () -> !browser.findElements(By.cssSelector("#region option[value='370800']")).isEmpty());
    new Select(byId("region")).selectByValue("370800");
    setValue(byId("birth-date"), "1985-05-20");
    new Select(byId("retirement-category")).selectByValue("MALE");
    setValue(byId("employment-start"), "2019-03-01");
    byId("terminated").click();
    setValue(byId("termination-date"), "2020-10-31");
    new Select(byId("termination-by")).selectByValue("WORKER");
    setValue(byId("injury-date"), "2019-12-18");
    setValue(byId("appraisal-date"), "2020-08-20");
    type(byId("grades"), "9");
    new Select(byId("self-care")).selectByValue("NONE");
    setValue(byId("suspension-start"), "2019-12-18");
    setValue(byId("suspension-end"), "2020-06-17");
    new Select(byId("insurance")).selectByValue("UNINSURED");
    // the unsigned payroll and the bank statement of the employer's payments
    evidence(
        browser.findElements(By.className("evidence-row")).get(0),
        "被申请人证据1 工资表",
        "PAYROLL",
        "2019-03",
        "2019-11",
        "3500.00");
    byId("add-evidence").click();
    WebElement bank = browser.findElements(By.className("evidence-row")).get(1);
    evidence(bank, "申请人证据3 工资卡流水", "BANK_STATEMENT", "2019-03", "2019-11", "6500.00");
    bank.findElement(By.className("ev-payer")).click();
    expense("RE_EXAMINATION_FEE", "300.00", "复查费");
    expense("FOLLOW_UP_TREATMENT", "40000.00", "后续治疗费");
    expense("APPRAISAL_FEE", "2800.00", "司法鉴定费");
  }

  private static String state() {
    return byId("result").getDomAttribute("data-state");
  }

  @Test
  void theSeedCaseEnteredInTheFormShowsTheAwardOf250800() throws IOException {
    fillSeedCase();
    byId("compute").click();
    // Jining's average wages are in no bundled pack: the form asks for exactly those two.
    waitUntil(() -> "incomplete".equals(state()));
    List<WebElement> figures = browser.findElements(By.className("figure-row"));
    assertThat(figures).hasSize(2);
    assertThat(figures.get(0).getDomAttribute("data-id"))
        .isEqualTo("wage.regionalAverageMonthly@370800:2018");
    assertThat(figures.get(1).getDomAttribute("data-id"))
        .isEqualTo("wage.regionalAverageMonthly@370800:2019");
    // The seed's figures (examples/cases/seed-barite-mine-grade9.json): 5,200.00 for 2018,
    // 5,800.00 for 2019.
    type(figures.get(0).findElement(By.className("fig-value")), "5200.00");
    type(figures.get(0).findElement(By.className("fig-source")), "示例数字 / illustrative figure");
    type(figures.get(1).findElement(By.className("fig-value")), "5800.00");
    type(figures.get(1).findElement(By.className("fig-source")), "示例数字 / illustrative figure");
    byId("compute").click();
    waitUntil(() -> "complete".equals(state()));
    // 58,500 + 39,000 + 40,600 + 69,600 + 300 + 40,000 + 2,800 = 250,800.00 (see ApiTest)
    assertThat(byId("result").getDomAttribute("data-total")).isEqualTo("250800.00");
    assertThat(byId("summary").getText()).contains("合计 250,800.00 元");
    browser.switchTo().frame(byId("sheet"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("250,800.00");
    browser.switchTo().defaultContent();
    double ms = Double.parseDouble(byId("result").getDomAttribute("data-render-ms"));
    System.out.printf("web form: submit to rendered sheet %.1f ms%n", ms);
    assertThat(ms).isPositive();
    Path shot = Path.of("target", "web-form-seed.png");
    Files.createDirectories(shot.getParent());
    File png = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(shot)).isPositive();
  }

  @Test
  void badInputIsAnsweredBesideTheFieldInChineseAndInEnglishOnTheToggle() {
    fillSeedCase();
    type(byId("grades"), "11");
    WebElement amount =
        browser
            .findElements(By.className("evidence-row"))
            .get(1)
            .findElement(By.className("ev-amount"));
    type(amount, "六千五");
    byId("compute").click();
    waitUntil(() -> "refused".equals(state()));
    WebElement gradeRow =
        browser.findElement(By.cssSelector("[data-path='case.appraisal.itemGrades']"));
    WebElement gradeError = gradeRow.findElement(By.className("error"));
    assertThat(gradeError.getText())
        .containsPattern("[\\u4e00-\\u9fff]")
        .doesNotContainPattern("[a-z]{4}");
    assertThat(byId("grades").getDomAttribute("aria-invalid")).isEqualTo("true");
    WebElement amountCell = amount.findElement(By.xpath(".."));
    assertThat(amountCell.getDomAttribute("data-path")).isEqualTo("case.wage.evidence[1].amount");
    assertThat(amountCell.findElement(By.className("error")).getText())
        .containsPattern("[\\u4e00-\\u9fff]");
    // the first field in error has the focus, for keyboard and screen-reader users
    assertThat(browser.switchTo().activeElement().getDomAttribute("aria-invalid"))
        .isEqualTo("true");

    byId("lang-toggle").click();
    assertThat(byId("lang-toggle").getText()).isEqualTo("中文");
    assertThat(gradeError.getText())
        .containsPattern("[a-z]{4}")
        .doesNotContainPattern("[\\u4e00-\\u9fff]");
  }

  @Test
  void everyFieldHasALabelAndNothingIsFetchedFromOutside() {
    byId("add-expense").click();
    Object unlabelled =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return Array.from(document.querySelectorAll('input, select'))"
                    + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))"
                    + ".map(e => e.id || e.className);");
    assertThat((List<?>) unlabelled).isEmpty();
    Object foreign =
        ((JavascriptExecutor) browser)
            .executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name)"
                    + ".filter(n => !n.startsWith(location.origin));");
    assertThat((List<?>) foreign).isEmpty();
  }

  @Test
  void theFormReflowsAt200PercentZoomWithoutScrollingSideways() {
    // 200 % zoom of a 1280-pixel window leaves 640 CSS pixels: the form must fit in them (the
    // tables of rows may scroll inside their own box, as WCAG 1.4.10 allows for data tables).
    org.openqa.selenium.Dimension before = browser.manage().window().getSize();
    try {
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(640, 1200));
      browser.navigate().refresh();
      waitUntil(
          () ->
              "true".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-ready")));
      Object overflow =
          ((JavascriptExecutor) browser)
              .executeScript(
                  "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      Object wide =
          ((JavascriptExecutor) browser)
              .executeScript(
                  "var w = document.documentElement.clientWidth;"
                      + "return Array.from(document.querySelectorAll('body *'))"
                      + ".filter(e => e.getBoundingClientRect().right > w + 1"
                      + " && !(e.parentElement && e.parentElement.getBoundingClientRect().right > w + 1))"
                      + ".map(e => e.tagName + '#' + e.id + '.' + e.className);");
      assertThat(((Number) overflow).intValue()).as("too wide: %s", wide).isLessThanOrEqualTo(0);
      // and Tab alone goes from the wage fields to the compute button
      WebElement compute = byId("compute");
      byId("wage-evidence-mode").click();
      int presses = 0;
      while (!browser.switchTo().activeElement().equals(compute) && presses < 80) {
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        presses++;
      }
      assertThat(browser.switchTo().activeElement()).isEqualTo(compute);
    } finally {
      browser.manage().window().setSize(before);
    }
  }
}
