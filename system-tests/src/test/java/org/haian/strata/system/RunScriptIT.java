package org.haian.strata.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.haian.strata.testsupport.ApiClient;
import org.haian.strata.testsupport.Caller;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The README's run command as a newcomer uses it ({@code ./run.sh}, the jars already built), beside the shared suite
 * on ports of its own: a part that dies is started again while the others keep serving, and SIGTERM stops every
 * process it started.
 */
class RunScriptIT {

    private static final Path ROOT = SuiteProcess.ROOT.toAbsolutePath().normalize();
    /** The ports run.sh uses before its offset: gateway and services, token issuer, Kafka and its controller, Mongo. */
    private static final List<Integer> PORTS = List.of(8080, 8081, 8082, 8083, 8084, 8085, 9000, 9092, 9093, 27017);
    /** Its output and logs stay with the build's, for a failure to be read; its data goes when the test ends. */
    private static final Path LOGS = SuiteProcess.LOGS.resolve("run-script");
    private static Process script;
    private static Path data;
    private static Path output;
    private static int offset;

    @BeforeAll
    static void startTheSuite() throws IOException {
        data = Files.createTempDirectory("haian-run-script-");
        Files.createDirectories(LOGS);
        output = LOGS.resolve("run.out");
        offset = freeOffset();
        ProcessBuilder builder = new ProcessBuilder(ROOT.resolve("run.sh").toString(), "--no-build")
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("HAIAN_PORT_OFFSET", Integer.toString(offset));
        builder.environment().put("HAIAN_DATA_DIR", data.toString());
        builder.environment().put("HAIAN_LOG_DIR", LOGS.toString());
        script = builder.start();
        await("run.sh ready").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(script.isAlive()).as("run.sh is running; its output:%n%s", output()).isTrue();
            return output().contains("is ready at http://localhost:" + port(8080));
        });
    }

    @AfterAll
    static void stopTheSuite() throws InterruptedException, IOException {
        if (script != null && script.isAlive()) {
            List<ProcessHandle> started = script.descendants().toList();
            script.destroyForcibly();
            started.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : started) {
                process.onExit().join();
            }
            script.waitFor();
        }
        if (data != null) {
            FileSystemUtils.deleteRecursively(data);
        }
    }

    @Test
    void aServiceThatDiesIsStartedAgainWhileTheOthersServeAndSigtermStopsEverything() throws Exception {
        Caller admin = new ApiClient("http://localhost:" + port(8080), "http://localhost:" + port(9000)).as("city-admin");
        ProcessHandle analytics = jvmOf("analytics-service");

        analytics.destroyForcibly();
        analytics.onExit().get(30, TimeUnit.SECONDS);

        assertThat(admin.get("/api/analytics/townships/libao").status()).isEqualTo(503);
        assertThat(admin.get("/api/liaison/people?name=nobody").status()).isEqualTo(200);
        await("analytics started again").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(admin.get("/api/analytics/townships/libao").status()).isEqualTo(200));
        assertThat(output()).contains("analytics-service stopped (exit code 137); starting it again in 1s (restart 1;");
        assertThat(jvmOf("analytics-service").pid()).isNotEqualTo(analytics.pid());

        List<ProcessHandle> started = script.descendants().toList();
        script.destroy();

        assertThat(script.waitFor(90, TimeUnit.SECONDS)).as("run.sh ended on SIGTERM").isTrue();
        assertThat(started).allSatisfy(process -> assertThat(process.isAlive()).as(process.info().toString()).isFalse());
        assertThat(output()).contains("Stopped. Data stays in");
    }

    private static ProcessHandle jvmOf(String module) {
        return script.descendants()
                .filter(process -> process.info().commandLine().orElse("").contains(module + "-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no JVM of " + module + " under run.sh"));
    }

    private static int port(int base) {
        return base + offset;
    }

    /** An offset under which every port of the suite is free (the shared suite's free ports are random). */
    private static int freeOffset() {
        return IntStream.generate(() -> 10_000 + ThreadLocalRandom.current().nextInt(20_000)).limit(50)
                .filter(candidate -> PORTS.stream().allMatch(base -> free(base + candidate)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no offset with every port of the suite free"));
    }

    private static boolean free(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String output() {
        try {
            return Files.readString(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
