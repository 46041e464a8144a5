package vn.ktgs.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.ktgs.support.HeadlessChromium;

/**
 * Time until a task page shows its form and its context (the case so far beside the form) in headless Chromium,
 * against a running application (the province-scale database): from the navigation's start (the page's own
 * performance.now()) until the complete button and the context panel's list of earlier steps are both rendered. The
 * user's inbox, measured the same way in the same run, is the baseline. Tasks are the first {@code tasks} of the
 * user's inbox, each opened {@code runs} times after one warm-up.
 * {@code -Dktgs.bench.url=http://localhost:8090 -Dktgs.bench.user=kiemtra1}; writes target/benchmarks/task-page.json.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "ktgs.bench.url", matches = "http.+")
class RunningTaskPageBenchmarkTest {

    @Test
    void a_task_page_with_its_context_is_interactive() throws Exception {
        String url = System.getProperty("ktgs.bench.url");
        String user = System.getProperty("ktgs.bench.user", "kiemtra1");
        int tasks = Integer.getInteger("ktgs.bench.tasks", 5);
        int runs = Integer.getInteger("ktgs.bench.uiRuns", 4);
        double[] inbox = InboxTiming.timeToInteractive(url, user, System.getProperty("ktgs.bench.password", "demo"), 10);
        WebDriver driver = HeadlessChromium.start();
        try {
            WebDriverWait wait = InboxTiming.login(driver, url, user, System.getProperty("ktgs.bench.password", "demo"));
            // each inbox row's step name links to /task/<id>: take the address of the first tasks
            List<String> links = new ArrayList<>();
            for (int i = 0; i < tasks; i++) {
                driver.get(url + "/inbox");
                int row = i;
                wait.until(d -> d.findElements(By.cssSelector("#inbox-grid a[data-case]")).size() > row);
                driver.findElements(By.cssSelector("#inbox-grid a[data-case]")).get(row).click();
                wait.until(ExpectedConditions.urlContains("/task/"));
                if (!links.contains(driver.getCurrentUrl())) {
                    links.add(driver.getCurrentUrl());
                }
            }
            JavascriptExecutor js = (JavascriptExecutor) driver;
            // the form's button and the context panel (with its earlier steps' list, empty for a case without recorded steps)
            String shown = "return document.getElementById('complete') && document.getElementById('task-context-steps')"
                    + " ? performance.now() : null;";
            List<Double> ms = new ArrayList<>();
            for (String link : links) {
                for (int run = -1; run < runs; run++) {
                    driver.get(link);
                    double at = ((Number) wait.until(d -> js.executeScript(shown))).doubleValue();
                    if (run >= 0) {
                        ms.add(at);
                    }
                }
            }
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            String line = String.format(java.util.Locale.ROOT, "{\"url\":\"%s\",\"user\":\"%s\",\"tasks\":%d,\"runs\":%d,"
                    + "\"task_page_p50_ms\":%.0f,\"task_page_p95_ms\":%.0f,\"task_page_max_ms\":%.0f,\"inbox_baseline\":{%s}}",
                    url, user, links.size(), sorted.length, sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.95)],
                    sorted[sorted.length - 1], InboxTiming.json(inbox));
            System.out.println("BENCH | task page | " + line + " | all " + Arrays.toString(sorted));
            Files.createDirectories(Path.of("target", "benchmarks"));
            Files.writeString(Path.of("target", "benchmarks", "task-page.json"), line);
        } finally {
            driver.quit();
        }
    }
}
