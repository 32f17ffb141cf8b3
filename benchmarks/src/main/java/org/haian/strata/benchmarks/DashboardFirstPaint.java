package org.haian.strata.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.haian.strata.benchmarks.Options.option;

/**
 * How soon the dashboard shows its figures, in Debian's headless Chromium, on a running suite (with the demo city
 * loaded, {@code ./run.sh --demo}): a user signs in once, then the page is loaded again and again in the same tab
 * (signed in, as after a reload or on the next visit), and each load is timed from the start of the navigation to
 * the moment every part of the page (the scorecard, the funnel and the townships' table, the trends) first showed
 * its figures: the page's own {@code haian:figures-shown} mark. The first load also fetches ECharts, so it is
 * reported apart.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.haian.strata.benchmarks.DashboardFirstPaint
 * [--gateway=http://localhost:8080] [--user=city-admin] [--loads=30] [--chromium=/usr/bin/chromium]
 * [--chromedriver=/usr/bin/chromedriver] [--screenshot=dashboard.png]}; the screenshot (of the last load, the
 * whole page) is how README's picture of the demo city is taken.
 */
public final class DashboardFirstPaint {

    private static final String SHOWN = "const done = arguments[arguments.length - 1];"
            + "const look = () => { const mark = performance.getEntriesByName('haian:figures-shown')[0];"
            + "  if (mark) { const paint = performance.getEntriesByName('first-contentful-paint')[0];"
            + "    done([mark.startTime, paint ? paint.startTime : -1]); } else { setTimeout(look, 10); } };"
            + "look();";

    private DashboardFirstPaint() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String gateway = option(args, "gateway", "http://localhost:8080");
        String user = option(args, "user", "city-admin");
        int loads = Integer.parseInt(option(args, "loads", "30"));
        Path profile = Files.createTempDirectory("haian-first-paint-");
        ChromeOptions options = new ChromeOptions();
        // Named, so Selenium Manager never looks for (or downloads) a browser or a driver.
        options.setBinary(new File(option(args, "chromium", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--window-size=1280,1500", "--user-data-dir=" + profile);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(option(args, "chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(driver, options);
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(gateway + "/");
            waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
            browser.findElement(By.id("password")).sendKeys("haian-local");
            browser.findElement(By.id("sign-in-button")).click();
            waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard")));
            shown(browser);

            double[] figures = new double[loads];
            double[] contentful = new double[loads];
            for (int load = 0; load < loads; load++) {
                browser.navigate().refresh();
                double[] marks = shown(browser);
                figures[load] = marks[0];
                contentful[load] = marks[1];
            }
            String screenshot = option(args, "screenshot", "");
            if (!screenshot.isEmpty()) {
                // The charts animate for about a second after their figures are in; the picture shows them drawn.
                Thread.sleep(2_000);
                Files.write(Path.of(screenshot), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            }
            Arrays.sort(figures);
            Arrays.sort(contentful);
            System.out.printf("%d loads of %s/ as %s, signed in, in headless Chromium%n", loads, gateway, user);
            System.out.println("| from navigation start to | p50 ms | p90 ms | max ms |");
            System.out.println("|---|---:|---:|---:|");
            System.out.printf("| first contentful paint | %.0f | %.0f | %.0f |%n", percentile(contentful, 50),
                    percentile(contentful, 90), contentful[loads - 1]);
            System.out.printf("| every part showing its figures | %.0f | %.0f | %.0f |%n", percentile(figures, 50),
                    percentile(figures, 90), figures[loads - 1]);
        } finally {
            browser.quit();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Milliseconds from the navigation's start to the page's figures, and to its first contentful paint. */
    private static double[] shown(WebDriver browser) {
        Object marks = ((JavascriptExecutor) browser).executeAsyncScript(SHOWN);
        List<?> values = (List<?>) marks;
        return new double[] {((Number) values.get(0)).doubleValue(), ((Number) values.get(1)).doubleValue()};
    }

    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }
}
