package org.haian.strata.infra;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.haian.strata.infra.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.infra.EmbeddedInfrastructure.freePort;

/** The server runs in a child JVM that is killed with SIGKILL, the way a crash or {@code kill -9} ends it. */
class EmbeddedMongoServerKillTest {

    @Test
    void everyAcknowledgedWriteSurvivesAKillMinus9(@TempDir Path dataDir) throws Exception {
        int port = freePort();
        Process server = startInfraProcess(dataDir, port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            MongoCollection<Document> collection = client.getDatabase("durability").getCollection("writes");
            awaitReachable(collection);
            for (int i = 0; i < 100; i++) {
                collection.insertOne(new Document("_id", i));
            }
            collection.updateOne(new Document("_id", 99), new Document("$set", new Document("updated", true)));
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        Process restarted = startInfraProcess(dataDir, port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            MongoCollection<Document> collection = client.getDatabase("durability").getCollection("writes");
            awaitReachable(collection);
            assertThat(collection.countDocuments()).isEqualTo(100);
            assertThat(collection.find(new Document("_id", 99)).first()).containsEntry("updated", true);
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void readModelsSurviveACleanRestartInProcess(@TempDir Path dataDir) {
        int port = freePort();
        Path file = dataDir.resolve("read-models.mv.db");
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(file, port).start();
             MongoClient client = MongoClients.create(server.connectionString())) {
            client.getDatabase("restart").getCollection("docs").insertOne(new Document("_id", "kept"));
        }
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(file, port).start();
             MongoClient client = MongoClients.create(server.connectionString())) {
            assertThat(client.getDatabase("restart").getCollection("docs").countDocuments()).isEqualTo(1);
        }
    }

    private static Process startInfraProcess(Path dataDir, int mongoPort) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                InfraMain.class.getName(), "--data-dir=" + dataDir, "--kafka-port=0", "--issuer-port=0", "--mongo-port=" + mongoPort))
                .redirectErrorStream(true)
                .redirectOutput(new File(dataDir.toFile(), "infra-" + System.nanoTime() + ".log"))
                .start();
    }

    private static void awaitReachable(MongoCollection<Document> collection) {
        await().atMost(30, TimeUnit.SECONDS).ignoreExceptions().until(() -> collection.countDocuments() >= 0);
    }
}
