package vn.ktgs.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The UI figure against an application that is already running (e.g. the production jar on the
 * province-scale database): {@code -Dktgs.bench.url=http://localhost:8080 -Dktgs.bench.user=kiemtra1}.
 * Writes target/benchmarks/ui-running.json.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "ktgs.bench.url", matches = "http.+")
class RunningInboxUiBenchmarkTest {

    @Test
    void inbox_of_a_running_application_becomes_interactive() throws Exception {
        String url = System.getProperty("ktgs.bench.url");
        String user = System.getProperty("ktgs.bench.user", "kiemtra1");
        int runs = Integer.getInteger("ktgs.bench.uiRuns", 20);
        double[] ms = InboxTiming.timeToInteractive(url, user, System.getProperty("ktgs.bench.password", "demo"), runs);
        String line = "{\"url\":\"" + url + "\",\"user\":\"" + user + "\",\"runs\":" + runs + "," + InboxTiming.json(ms) + "}";
        System.out.println("BENCH | ui | " + line);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "ui-running.json"), line);
    }
}
