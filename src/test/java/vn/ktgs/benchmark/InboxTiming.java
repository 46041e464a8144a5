package vn.ktgs.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ktgs.support.HeadlessChromium;

/**
 * Time until the inbox is interactive in headless Chromium: from the navigation's start (the page's own
 * clock, performance.now()) to the moment the lazily loaded grid shows its first case number.
 */
final class InboxTiming {

    private InboxTiming() {
    }

    /** Logs in, loads /inbox three times to warm up, then {@code runs} times; the sorted times in ms. */
    static double[] timeToInteractive(String baseUrl, String username, String password, int runs) {
        WebDriver driver = HeadlessChromium.start();
        try {
            WebDriverWait wait = login(driver, baseUrl, username, password);
            JavascriptExecutor js = (JavascriptExecutor) driver;
            String rendered = "const cells = document.querySelectorAll('#inbox-grid vaadin-grid-cell-content');"
                    + "for (const c of cells) { if (/^[A-Z]+-\\d{4}-\\d+$/.test(c.textContent.trim())) return performance.now(); }"
                    + "return null;";
            double[] ms = new double[runs];
            for (int run = -3; run < runs; run++) {
                driver.get(baseUrl + "/inbox");
                double at = ((Number) wait.until(d -> js.executeScript(rendered))).doubleValue();
                if (run >= 0) {
                    ms[run] = at;
                }
            }
            Arrays.sort(ms);
            return ms;
        } finally {
            driver.quit();
        }
    }

    /** Signs in on the login page; the wait, polling every 10 ms, for the measurements that follow. */
    static WebDriverWait login(WebDriver driver, String baseUrl, String username, String password) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(10));
        driver.get(baseUrl + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']"))).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-user")));
        return wait;
    }

    static String json(double[] sorted) {
        return String.format(Locale.ROOT, "\"interactive_p50_ms\":%.0f,\"interactive_p95_ms\":%.0f,\"interactive_max_ms\":%.0f",
                sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)], sorted[sorted.length - 1]);
    }
}
