package vn.ktgs.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A second (and third) KTGS node in its own JVM: the application's main class on the application's
 * classpath (without the test classes), on the same database as the test, with the job executor and the
 * mail dispatcher on. Its output goes to {@code target/cluster/<name>.log}.
 */
final class ClusterNode implements AutoCloseable {

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private ClusterNode(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts a node; {@code settings} are extra Spring properties ("key=value"). */
    static ClusterNode start(String name, List<String> settings) throws IOException {
        int port = freePort();
        Path log = Path.of("target", "cluster", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.timezone=UTC", "-cp", applicationClasspath(),
                "vn.ktgs.KtgsApplication",
                "--server.port=" + port,
                "--spring.profiles.active=mysql",
                "--ktgs.node-name=" + name,
                // the mysql profile refuses to start without an identity key: the test key of application-test.properties
                "--ktgs.identity.key=3qKMpM7xZeDXzIJEoHfkPSLTi0V66g0GIYHgWd9iw1k="));
        settings.forEach(s -> command.add("--" + s));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ClusterNode(name, port, process, log);
    }

    /** Waits until the node's health endpoint answers UP. */
    void awaitUp(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not up after " + timeout + "; see " + log);
    }

    /** SIGKILL: no shutdown hook runs, locks and leases stay behind as after a power cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Surefire's test classpath minus the test classes (their test components are not the application's). */
    private static String applicationClasspath() {
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
