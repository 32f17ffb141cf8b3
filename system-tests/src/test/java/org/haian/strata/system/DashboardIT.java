package org.haian.strata.system;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.commons.csv.CSVFormat;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard in a real browser (Debian's headless Chromium, driven by its chromedriver): the page loads, an analyst
 * signs in, picks a township, and the suggestion funnel draws the figure analytics answers for it, the very figure
 * of the township's export and scorecard (one counting source); the as-of picker
 * moves it to a day before the data existed, and the English switch changes the labels. A screenshot of each step
 * is left in {@code target/screenshots/}.
 *
 * <p>The browser is not on every machine: without it the test is skipped, saying so, unless
 * {@code HAIAN_BROWSER_TEST=required} (CI), when it fails instead.
 */
@ExtendWith({DashboardIT.BrowserInstalled.class, SuiteExtension.class})
class DashboardIT {

    private static final Path CHROMIUM = Path.of(System.getProperty("haian.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("haian.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String TOWNSHIP = "duntou";
    private static final String FIGURE = "suggestionsSubmitted";
    /** Before the suite existed: no suggestion was recorded by then, and a suggestion counts on its recorded day. */
    private static final String BEFORE_THE_DATA = "2020-01-01";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");

    private static Path profile;
    private static WebDriver browser;
    private static WebDriverWait waiting;

    @BeforeAll
    static void openBrowser() throws IOException {
        assertThat(CHROMIUM).as(BrowserInstalled.MISSING).isExecutable();
        assertThat(CHROMEDRIVER).as(BrowserInstalled.MISSING).isExecutable();
        profile = Files.createTempDirectory("haian-chromium-");
        ChromeOptions options = new ChromeOptions();
        // Named explicitly, so Selenium Manager never looks for (or downloads) a browser or a driver.
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1500", "--lang=zh-CN", "--user-data-dir=" + profile,
                // The charts then draw at once (as for anyone who asks for less motion): no screenshot mid-animation.
                "--force-prefers-reduced-motion");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.WARNING);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
        waiting = new WebDriverWait(browser, PATIENCE);
        // The page redraws a part whenever its figures change, which may be between finding an element and reading it.
        waiting.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void anAnalystSeesATownshipsFunnelAsAnalyticsCountsItOnAnyDayInEitherLanguage(Suite suite) {
        try {
            signInPickAndSwitch(suite);
        } catch (RuntimeException | AssertionError e) {
            screenshot("failed");
            throw new AssertionError("The page said: '" + browser.findElement(By.id("error")).getText()
                    + "'; its log: " + browserLog(), e);
        }
    }

    @Test
    void aCadreSeesTheirOverdueContactOnTheDashboardAndNoFigures(Suite suite) {
        try {
            cadreSeesReminders(suite);
        } catch (RuntimeException | AssertionError e) {
            screenshot("failed-reminders");
            throw new AssertionError("The page said: '" + browser.findElement(By.id("error")).getText()
                    + "'; its log: " + browserLog(), e);
        }
    }

    private void cadreSeesReminders(Suite suite) {
        Caller officer = suite.api().as("officer-libao");
        String person = officer.create("/api/liaison/people", """
                {"name":"Ji Ning","category":"NEW_MEDIA","organisation":"Dashboard reminders studio %s"}"""
                .formatted(UUID.randomUUID()), "personId");
        Reply cadre = officer.post("/api/liaison/cadres", """
                {"cadreId":"cadre-libao","name":"Libao listed cadre","level":"TOWNSHIP"}""");
        assertThat(cadre.status()).as(cadre.body()).isIn(201, 409);
        await().atMost(PATIENCE).until(() -> officer.get("/api/liaison/cadres/cadre-libao").status() == 200);
        // Assigned 120 days ago and never contacted since: past the 90-day contact period.
        officer.post("/api/liaison/people/" + person + "/liaisons", """
                {"cadreId":"cadre-libao","since":"%s"}""".formatted(LocalDate.now(HAIAN).minusDays(120))).expect(200);

        browser.get(suite.gateway.url() + "/");
        script("sessionStorage.clear()");
        browser.navigate().refresh();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys("cadre-libao");
        browser.findElement(By.id("password")).sendKeys("haian-local");
        browser.findElement(By.id("sign-in-button")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("reminders-section")));
        By row = By.xpath("//table[@id='reminders-table']//tr[@data-kind='OVERDUE_CONTACT']"
                + "[.//code[text()='/api/liaison/people/" + person + "']]");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(row));
        assertThat(browser.findElement(By.id("figures-view")).isDisplayed()).isFalse();
        assertThat(browser.findElement(row).getText()).contains("逾期");
        screenshot("6-reminders");
        browser.findElement(By.id("sign-out")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browserLog()).as("failed calls, script errors and refusals by the content security policy").isEmpty();
    }

    private void signInPickAndSwitch(Suite suite) {
        ContributionIT.signIn(suite);
        Caller city = suite.api().as("city-admin");
        Caller analyst = suite.api().as("analyst");
        long before = figure(analyst, null);
        String author = ContributionIT.person(TOWNSHIP, "ENTERPRISE_STAFF");
        city.post("/api/contribution/suggestions", ContributionIT.suggestion(TOWNSHIP, author, null)).expect(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> figure(analyst, null) > before);

        browser.get(suite.gateway.url() + "/");
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        screenshot("1-page");

        browser.findElement(By.id("username")).sendKeys("analyst");
        browser.findElement(By.id("password")).sendKeys("haian-local");
        browser.findElement(By.id("sign-in-button")).click();
        waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
        waiting.until(ignored -> new Select(browser.findElement(By.id("township"))).getOptions().size() > 1);
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).isFalse();
        screenshot("2-signed-in");

        new Select(browser.findElement(By.id("township"))).selectByValue(TOWNSHIP);
        long today = showsWhatAnalyticsAnswers(analyst, null);
        assertThat(today).isGreaterThan(before);
        waiting.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#scorecard [data-part]"), 3));
        waiting.until(ExpectedConditions.attributeToBe(By.cssSelector("tr[data-township='" + TOWNSHIP + "']"),
                "aria-current", "true"));
        screenshot("3-township");

        pickDay(BEFORE_THE_DATA);
        long then = showsWhatAnalyticsAnswers(analyst, BEFORE_THE_DATA);
        assertThat(then).isLessThan(today);
        screenshot("4-as-of");

        Map<String, String> english = label(analyst, "english");
        String chinese = label(analyst, "chinese").get(FIGURE);
        assertThat(funnelLabel()).isEqualTo(chinese);
        browser.findElement(By.id("language")).click();
        waiting.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        waiting.until(ignored -> english.get(FIGURE).equals(funnelLabel()));
        assertThat(chartNames()).contains(english.get(FIGURE));
        assertThat(browser.findElement(By.cssSelector("label[for='township']")).getText()).isEqualTo("Township");
        assertThat(figureOnThePage()).isEqualTo(then);
        screenshot("5-english");

        assertThat(browserLog()).as("failed calls, script errors and refusals by the content security policy").isEmpty();
    }

    /** What the page wrote to the browser's console at SEVERE since the last look. */
    private static List<String> browserLog() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /**
     * Waits until the funnel (the chart and its figures beside it) shows what analytics answers for the township
     * as of the day, read again each time: other tests write to the same township meanwhile.
     */
    private long showsWhatAnalyticsAnswers(Caller analyst, String asOf) {
        long[] shown = new long[1];
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).ignoreExceptions().until(() -> {
            long expected = figure(analyst, asOf);
            shown[0] = figureOnThePage();
            return shown[0] == expected && chartValue() == expected && exported(analyst, asOf) == expected
                    && onTheScorecard(analyst, asOf) == expected;
        });
        return shown[0];
    }

    /** The figure in the township's figures as an analyst exports them (CSV): one counting source for both. */
    private static long exported(Caller analyst, String asOf) throws IOException {
        HttpResponse<byte[]> csv = analyst.with("Accept", "text/csv").download("/api/analytics/townships/" + TOWNSHIP
                + (asOf == null ? "" : "?asOf=" + asOf));
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8).substring(1);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))
                .stream().filter(row -> "ALL".equals(row.get(2)) && FIGURE.equals(row.get(3)))
                .mapToLong(row -> Long.parseLong(row.get(6))).findFirst().orElseThrow();
    }

    /** The same figure as the township's scorecard answers it. */
    private static long onTheScorecard(Caller analyst, String asOf) {
        return analyst.get("/api/analytics/scorecard?township=" + TOWNSHIP + (asOf == null ? "" : "&asOf=" + asOf))
                .expect(200).json().findValues("headlines").stream()
                .flatMap(headlines -> StreamSupport.stream(headlines.spliterator(), false))
                .filter(headline -> FIGURE.equals(headline.path("key").asText())).findFirst().orElseThrow()
                .path("value").asLong();
    }

    private static long figure(Caller analyst, String asOf) {
        return analyst.get("/api/analytics/townships/" + TOWNSHIP + (asOf == null ? "" : "?asOf=" + asOf))
                .expect(200).json().path("figures").path(FIGURE).asLong();
    }

    private static Map<String, String> label(Caller analyst, String language) {
        return analyst.get("/api/analytics/figures").expect(200).list().stream()
                .collect(Collectors.toMap(f -> (String) f.get("figure"), f -> (String) f.get(language)));
    }

    /** The figure beside the funnel, read in one go: a refresh may redraw the list at any moment. */
    private static long figureOnThePage() {
        return Long.parseLong(((String) script("return document.querySelector("
                + "`#funnel-figures [data-figure='${arguments[0]}']`).textContent", FIGURE)).replaceAll("[^0-9]", ""));
    }

    private static String funnelLabel() {
        return (String) script("return document.querySelector("
                + "`#funnel-figures [data-figure='${arguments[0]}']`).previousElementSibling.textContent", FIGURE);
    }

    /** What the chart itself draws for the figure, from ECharts' own model of it. */
    private static long chartValue() {
        Object value = script("return echarts.getInstanceByDom(document.getElementById('funnel-chart')).getOption()"
                + ".series[0].data.find(d => d.figure === arguments[0]).value", FIGURE);
        return ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> chartNames() {
        return (List<String>) script("return echarts.getInstanceByDom(document.getElementById('funnel-chart'))"
                + ".getOption().series[0].data.map(d => d.name)");
    }

    /** Sets the date as the picker would (typing into it depends on the browser's locale) and lets the page know. */
    private static void pickDay(String day) {
        script("const picker = document.getElementById('as-of'); picker.value = arguments[0];"
                + "picker.dispatchEvent(new Event('change', {bubbles: true}));", day);
    }

    private static Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private static void screenshot(String step) {
        try {
            Files.write(SCREENSHOTS.resolve("dashboard-" + step + ".png"),
                    ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Skips the test (before the suite starts for it) where Chromium or its driver is not installed, unless
     * {@code HAIAN_BROWSER_TEST=required}: then it runs, and fails on the missing browser.
     */
    static final class BrowserInstalled implements ExecutionCondition {

        static final String MISSING = "the dashboard's browser test needs Debian's chromium and chromium-driver ("
                + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver";

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
            }
            if ("required".equals(System.getenv("HAIAN_BROWSER_TEST"))) {
                return ConditionEvaluationResult.enabled("HAIAN_BROWSER_TEST=required: " + MISSING);
            }
            return ConditionEvaluationResult.disabled("Skipped: " + MISSING
                    + "; set HAIAN_BROWSER_TEST=required to fail instead");
        }
    }
}
