package org.haian.strata.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One JVM of the suite, started from its module's runnable jar the way an operator would start it. Stopped by its
 * PID: {@link #stop()} asks it to shut down (SIGTERM), {@link #kill()} ends it without warning (SIGKILL).
 */
final class SuiteProcess {

    /** The project's checkout, whose modules' jars the suite starts. */
    static final Path ROOT = Path.of(System.getProperty("suite.root", ".."));
    private static final String VERSION = System.getProperty("suite.version");
    /** Where every process the system tests start writes its log. */
    static final Path LOGS = Path.of(System.getProperty("suite.logs", "target/suite-logs"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final int port;
    private final boolean http;
    private Process process;
    private Path log;
    private int starts;

    private SuiteProcess(String name, List<String> command, Map<String, String> environment, int port, boolean http) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.port = port;
        this.http = http;
    }

    /** A Spring Boot service (or the gateway), healthy once its readiness ({@code /actuator/health/readiness}) says UP. */
    static SuiteProcess service(String module, int port, Map<String, String> environment) {
        return service(module, module, port, environment);
    }

    /** Another deployment of a service's module, under a name of its own (for its log files). */
    static SuiteProcess service(String name, String module, int port, Map<String, String> environment) {
        return new SuiteProcess(name, javaCommand(module, List.of("--server.port=" + port)), environment, port, true);
    }

    /** A part of the embedded infrastructure, ready once its port accepts connections. */
    static SuiteProcess infra(String name, int port, List<String> arguments) {
        return new SuiteProcess(name, javaCommand("infra", arguments), Map.of(), port, false);
    }

    SuiteProcess start() {
        try {
            Files.createDirectories(LOGS);
            log = LOGS.resolve(name + "-" + (++starts) + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SuiteProcess awaitReady() {
        await(name + " ready").atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            return http ? healthy() : accepting();
        });
        return this;
    }

    /** SIGTERM, then wait: the process shuts down the way it would when an operator stops it. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing gets flushed, as in a crash or {@code kill -9}. */
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitForExit();
        }
    }

    String url() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    /** What this process has logged since its latest start. */
    String lastLog() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything this service has logged over all its starts. */
    String logs() {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= starts; i++) {
            try {
                all.append(Files.readString(LOGS.resolve(name + "-" + i + ".log")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean healthy() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean accepting() {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> javaCommand(String module, List<String> arguments) {
        Path jar = ROOT.resolve(module).resolve("target").resolve(module + "-" + VERSION + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No runnable jar at " + jar + "; run `mvn verify` from the root");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar.toString()));
        command.addAll(arguments);
        return command;
    }
}
