package org.haian.strata.infra;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the embedded default in its own JVM and keeps it up until the process is told to stop.
 *
 * <pre>
 * java -jar infra-exec.jar [--data-dir=data] [--kafka-port=9092] [--kafka-controller-port=9093] [--mongo-port=27017]
 *                           [--issuer-port=9000]
 * </pre>
 * A port of 0 leaves that component out, so Kafka, the MongoDB-wire server and the token issuer can also run in
 * separate processes.
 */
public final class InfraMain {

    private InfraMain() {
    }

    public static void main(String[] args) {
        // Set before the first logger exists; a logback.xml would leak into the services' test classpath.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-infra.xml");
        }
        Logger log = LoggerFactory.getLogger(InfraMain.class);
        Map<String, String> options = parse(args);
        Path dataDir = Path.of(options.getOrDefault("data-dir", System.getenv().getOrDefault("HAIAN_DATA_DIR", "data")));
        EmbeddedInfrastructure.Ports ports = new EmbeddedInfrastructure.Ports(
                Integer.parseInt(options.getOrDefault("kafka-port", "9092")),
                Integer.parseInt(options.getOrDefault("kafka-controller-port", "9093")),
                Integer.parseInt(options.getOrDefault("mongo-port", "27017")),
                Integer.parseInt(options.getOrDefault("issuer-port", "9000")));
        EmbeddedInfrastructure infrastructure = new EmbeddedInfrastructure(dataDir, ports);
        try {
            infrastructure.start();
        } catch (RuntimeException e) {
            log.error("The embedded infrastructure did not start", e);
            infrastructure.close();
            // Broker threads would keep a failed JVM alive; scripts must see the failure.
            Runtime.getRuntime().halt(1);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(infrastructure::close, "infra-shutdown"));
        log.info("Embedded infrastructure ready: data in {}, Kafka {}, MongoDB-wire {}, token issuer {}",
                dataDir.toAbsolutePath(),
                ports.kafka() > 0 ? "localhost:" + ports.kafka() : "off",
                ports.mongo() > 0 ? "localhost:" + ports.mongo() : "off",
                ports.issuer() > 0 ? "http://localhost:" + ports.issuer() : "off");
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(args).forEach(arg -> {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Expected --name=value, got " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        });
        return options;
    }
}
