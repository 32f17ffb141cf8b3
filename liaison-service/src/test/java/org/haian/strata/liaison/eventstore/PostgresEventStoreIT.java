package org.haian.strata.liaison.eventstore;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Production's event store: a real PostgreSQL server, which {@code .ci/run} installs from Debian's packages and
 * starts. Runs when {@code HAIAN_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}) names one; each run
 * gets a schema of its own, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "HAIAN_TEST_POSTGRES_URL", matches = ".+")
@ExtendWith(EmbeddedInfraExtension.class)
@SpringBootTest
class PostgresEventStoreIT extends EventStoreContract {

    private static final String SCHEMA = "liaison_" + UUID.randomUUID().toString().replace("-", "");

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        execute("CREATE SCHEMA " + SCHEMA);
        registry.add("spring.datasource.url", () -> url() + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> System.getenv("HAIAN_TEST_POSTGRES_USER"));
        registry.add("spring.datasource.password", () -> System.getenv("HAIAN_TEST_POSTGRES_PASSWORD"));
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        execute("DROP SCHEMA " + SCHEMA + " CASCADE");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(), System.getenv("HAIAN_TEST_POSTGRES_USER"),
                System.getenv("HAIAN_TEST_POSTGRES_PASSWORD"))) {
            connection.createStatement().execute(sql);
        }
    }

    private static String url() {
        return System.getenv("HAIAN_TEST_POSTGRES_URL");
    }
}
