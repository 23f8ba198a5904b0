package io.peninsula.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded):
 * every view renders and its chart has data; the editor flags a bad line; a Monte Carlo job shows
 * progress, completes, and can be cancelled. Screenshots go to target/screenshots, and to the
 * folder named by {@code -Dpeninsula.screenshots=DIR} (docs/img for the guide).
 */
class WorkbenchUiTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  static WorkbenchServer server;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: no Chromium installed (apt-get install chromium chromium-driver; .ci/run installs them)");
    server = WorkbenchServer.start(WorkbenchOptions.local(0, dir.resolve("runs.duckdb")));
    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,800");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, o);
    driver.manage().window().setSize(new Dimension(1280, 800));
    wait = new WebDriverWait(driver, Duration.ofSeconds(90));
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  static void open(String hash) {
    driver.get(server.url() + "#" + hash);
    wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
  }

  static WebElement byTestId(String id) {
    return driver.findElement(By.cssSelector("[data-testid='" + id + "']"));
  }

  static int points(String testId) {
    wait.until(d -> byTestId(testId).getAttribute("data-points") != null);
    return Integer.parseInt(byTestId(testId).getAttribute("data-points"));
  }

  static void screenshot(String name) throws IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Path target = Path.of("target", "screenshots");
    Files.createDirectories(target);
    Files.copy(shot, target.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    String docs = System.getProperty("peninsula.screenshots");
    if (docs != null) {
      Files.createDirectories(Path.of(docs));
      Files.copy(shot, Path.of(docs).resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static String noError() {
    return byTestId("status").getText();
  }

  @Test
  void scenarioView_showsPositionsAndRelations() throws IOException {
    open("scenario");
    assertThat(byTestId("scenario-view").isDisplayed()).isTrue();
    assertThat(points("scenario-heatmap")).isGreaterThan(50);
    assertThat(points("relations-graph")).isGreaterThan(5);
    screenshot("scenario");
  }

  @Test
  void editor_flagsABadLine_andAClickJumpsToIt() throws IOException {
    open("editor");
    wait.until(d -> "true".equals(byTestId("validity").getAttribute("data-valid")));
    JavascriptExecutor js = driver;
    String text = (String) js.executeScript("return document.getElementById('editor').value");
    int at = text.indexOf("salience: 0.");
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    js.executeScript("const t = document.getElementById('editor'); t.value = t.value.replace('salience: 0.', 'salience: 7.');"
        + "t.dispatchEvent(new Event('input'));");
    wait.until(d -> "false".equals(byTestId("validity").getAttribute("data-valid")));
    List<WebElement> problems = driver.findElements(By.cssSelector("[data-testid='problem']"));
    assertThat(problems).isNotEmpty();
    WebElement p = problems.get(0);
    assertThat(p.getAttribute("data-line")).isEqualTo(String.valueOf(line));
    assertThat(p.getText()).startsWith(line + ":").contains("salience");
    p.click();
    assertThat(byTestId("editor").getAttribute("data-cursor-line")).isEqualTo(String.valueOf(line));
    screenshot("editor");
    js.executeScript("const t = document.getElementById('editor'); t.value = t.value.replace('salience: 7.', 'salience: 0.');"
        + "t.dispatchEvent(new Event('input'));");
    wait.until(d -> "true".equals(byTestId("validity").getAttribute("data-valid")));
    byTestId("editor-forecast").click();
    wait.until(d -> byTestId("forecast-chart").isDisplayed());
    assertThat(points("forecast-chart")).isGreaterThan(0);
  }

  @Test
  void forecastView_drawsEachActorsPathAndTheSettlement() throws IOException {
    open("forecast");
    new Select(byTestId("model-select")).selectByVisibleText("bdm");
    wait.until(d -> byTestId("forecast-chart").getAttribute("data-points") != null
        && ((String) driver.executeScript("return document.getElementById('forecast-chart').innerText || ''")).length() >= 0);
    wait.until(d -> byTestId("forecast-link").getAttribute("href").contains("model=bdm"));
    assertThat(points("forecast-chart")).isGreaterThan(8);
    assertThat(driver.findElement(By.id("forecast-summary")).getText()).contains("settles at");
    screenshot("forecast");
    new Select(byTestId("model-select")).selectByVisibleText("compromise");
  }

  @Test
  void compareView_drawsChangesAndWhoGains() throws IOException {
    open("compare");
    assertThat(points("compare-chart")).isGreaterThan(10);
    assertThat(points("compare-heatmap")).isGreaterThan(10);
    screenshot("compare");
  }

  @Test
  void montecarlo_showsProgress_completes_andCancelWorks() throws IOException {
    open("montecarlo");
    new Select(byTestId("model-select")).selectByVisibleText("bdm");
    WebElement samples = byTestId("mc-samples");
    samples.clear();
    samples.sendKeys("3000");
    byTestId("mc-run").click();
    wait.until(d -> "running".equals(byTestId("mc-state").getAttribute("data-state")) || "done".equals(byTestId("mc-state").getAttribute("data-state")));
    wait.until(d -> "done".equals(byTestId("mc-state").getAttribute("data-state")));
    assertThat(Double.parseDouble(byTestId("mc-progress").getAttribute("value"))).isEqualTo(1.0);
    assertThat(points("montecarlo-chart")).isGreaterThan(5);
    assertThat(points("montecarlo-heatmap")).isGreaterThan(10);
    screenshot("montecarlo");
    samples.clear();
    samples.sendKeys("1000000");
    byTestId("mc-run").click();
    wait.until(d -> "running".equals(byTestId("mc-state").getAttribute("data-state")));
    wait.until(d -> byTestId("mc-cancel").isEnabled());
    screenshot("montecarlo-running");
    byTestId("mc-cancel").click();
    wait.until(d -> "cancelled".equals(byTestId("mc-state").getAttribute("data-state")));
    assertThat(byTestId("mc-state").getText()).startsWith("cancelled");
    new Select(byTestId("model-select")).selectByVisibleText("compromise");
  }

  @Test
  void simulate_drawsAFanChartAndEventFrequencies_andCancelWorks() throws IOException {
    open("simulate");
    WebElement years = byTestId("sim-years");
    years.clear();
    years.sendKeys("5");
    WebElement runs = byTestId("sim-runs");
    runs.clear();
    runs.sendKeys("80");
    byTestId("sim-run").click();
    wait.until(d -> "done".equals(byTestId("sim-state").getAttribute("data-state")));
    assertThat(Double.parseDouble(byTestId("sim-progress").getAttribute("value"))).isEqualTo(1.0);
    // today and five years ahead
    assertThat(points("simulate-chart")).isEqualTo(6);
    assertThat(new Select(byTestId("sim-issue")).getOptions()).hasSizeGreaterThan(1);
    assertThat(byTestId("simulate-events").findElements(By.tagName("tr"))).hasSizeGreaterThan(1);
    assertThat(noError()).isEmpty();
    screenshot("simulate");
    years.clear();
    years.sendKeys("50");
    runs.clear();
    runs.sendKeys("100000");
    byTestId("sim-run").click();
    wait.until(d -> "running".equals(byTestId("sim-state").getAttribute("data-state")));
    wait.until(d -> byTestId("sim-cancel").isEnabled());
    byTestId("sim-cancel").click();
    wait.until(d -> "cancelled".equals(byTestId("sim-state").getAttribute("data-state")));
    assertThat(byTestId("sim-state").getText()).startsWith("cancelled");
  }

  @Test
  void sensitivity_drawsATornado_showsProgress_andCancelWorks() throws IOException {
    open("sensitivity");
    WebElement samples = byTestId("sens-samples");
    samples.clear();
    samples.sendKeys("4");
    byTestId("sens-run").click();
    wait.until(d -> "done".equals(byTestId("sens-state").getAttribute("data-state")));
    assertThat(Double.parseDouble(byTestId("sens-progress").getAttribute("value"))).isEqualTo(1.0);
    assertThat(points("tornado-chart")).isGreaterThan(3);
    screenshot("sensitivity");
    samples.clear();
    samples.sendKeys("2000");
    byTestId("sens-run").click();
    wait.until(d -> "running".equals(byTestId("sens-state").getAttribute("data-state"))
        && Double.parseDouble(byTestId("sens-progress").getAttribute("value")) > 0);
    wait.until(d -> byTestId("sens-cancel").isEnabled());
    // Morris makes r(k + 1) forecasts for k inputs: the bar counts to that total
    int inputs = io.peninsula.engine.analysis.SensitivityInputs.standard(io.peninsula.formats.ScenarioFormats.read("yaml", "korea-2025.yaml",
        io.peninsula.formats.BundledScenarios.text("korea-2025").orElseThrow())).size();
    assertThat(byTestId("sens-state").getText()).matches("running [0-9]+ / " + 2000L * (inputs + 1));
    screenshot("sensitivity-running");
    byTestId("sens-cancel").click();
    wait.until(d -> "cancelled".equals(byTestId("sens-state").getAttribute("data-state")));
    assertThat(byTestId("sens-state").getText()).startsWith("cancelled");
    assertThat(Double.parseDouble(byTestId("sens-progress").getAttribute("value"))).isLessThan(1.0);
  }

  @Test
  void levers_listWhomToPersuade() {
    open("levers");
    assertThat(points("levers-chart")).isGreaterThan(0);
    assertThat(Integer.parseInt(byTestId("levers-view").getAttribute("data-rows"))).isGreaterThan(0);
  }

  @Test
  void games_showThePayoffMatrixWithEquilibria_andATreeOutline() throws IOException {
    open("games");
    byTestId("game-run").click();
    wait.until(d -> "strategic".equals(byTestId("game-out").getAttribute("data-form")));
    assertThat(driver.findElements(By.cssSelector("[data-testid='payoff-matrix'] td"))).hasSize(4);
    assertThat(driver.findElements(By.cssSelector("[data-testid='equilibrium-cell']"))).isNotEmpty();
    screenshot("games");
    new Select(byTestId("game-kind")).selectByValue("deterrence");
    new Select(byTestId("game-a")).selectByValue("DPRK");
    new Select(byTestId("game-b")).selectByValue("USA");
    byTestId("game-run").click();
    wait.until(d -> "extensive".equals(byTestId("game-out").getAttribute("data-form"))
        || !noError().isEmpty() && !noError().equals("working…"));
    assertThat(noError()).isEmpty();
    assertThat(driver.findElements(By.cssSelector("ul.tree li"))).hasSizeGreaterThan(3);
  }

  @Test
  void runs_tableListsStoredRuns_withProvenanceAndRerun() throws IOException {
    new Http(server.url(), null).post("/api/compare", "{\"scenario\":\"korea-2025\"}");
    open("runs");
    wait.until(d -> byTestId("runs-table").getAttribute("data-rows") != null);
    assertThat(Integer.parseInt(byTestId("runs-table").getAttribute("data-rows"))).isGreaterThan(0);
    WebElement row = driver.findElement(By.cssSelector("[data-testid='runs-table'] tr[data-run]"));
    row.findElement(By.cssSelector("button[data-act='show']")).click();
    wait.until(d -> byTestId("run-detail").getText().contains("\"provenance\""));
    row = driver.findElement(By.cssSelector("[data-testid='runs-table'] tr[data-run]"));
    row.findElement(By.cssSelector("button[data-act='rerun']")).click();
    wait.until(d -> byTestId("run-detail").getText().contains("identical"));
    screenshot("runs");
  }
}
