package org.haian.strata.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.haian.strata.infra.mongo.EmbeddedMongoServer;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a read-model write costs on the embedded MongoDB-wire server over its H2 file, through the real driver over
 * TCP, as the projections do it:
 * <ul>
 *   <li>{@code backend}: {@code commit-on-write} is the suite's server (the MVStore is committed before each reply,
 *       so an acknowledged write survives a kill -9); {@code stock} is mongo-java-server's H2 backend as shipped
 *       (commits about once a second, and lost acknowledged writes on kill -9).</li>
 *   <li>{@code marks}: how many aggregates have touched the document, i.e. the size of the {@code applied} map that
 *       makes {@link OncePerEvent} idempotent; a per-category statistics document of Hai'an's largest category holds
 *       about 1,000.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ReadModelWriteBenchmark {

    @Param({"commit-on-write", "stock"})
    public String backend;

    @Param({"1", "1000", "5000"})
    public int marks;

    private Path dir;
    private EmbeddedMongoServer suiteServer;
    private MongoServer stockServer;
    private MongoClient client;
    private MongoCollection<Document> statistics;
    private long sequence;
    private long documents;

    @Setup(Level.Trial)
    public void start() throws IOException {
        dir = Files.createTempDirectory("read-model-benchmark");
        Path file = dir.resolve("read-models.mv.db");
        String uri;
        if ("stock".equals(backend)) {
            stockServer = new MongoServer(new H2Backend(file.toString()));
            uri = stockServer.bindAndGetConnectionString();
        } else {
            try (ServerSocket socket = new ServerSocket(0)) {
                suiteServer = new EmbeddedMongoServer(file, socket.getLocalPort());
            }
            uri = suiteServer.start().connectionString();
        }
        client = MongoClients.create(uri);
        statistics = client.getDatabase("benchmark").getCollection("statistics");
        for (int aggregate = 0; aggregate < marks; aggregate++) {
            OncePerEvent.apply(statistics, "category:ENTERPRISE_STAFF", "person-" + aggregate, 0,
                    Updates.inc("figures.people", 1));
        }
        sequence = 1;
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        client.close();
        if (suiteServer != null) {
            suiteServer.stop();
        }
        if (stockServer != null) {
            stockServer.shutdownNow();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** One event applied to a shared counter document whose applied map holds {@code marks} aggregates. */
    @Benchmark
    public boolean countAnEventOnASharedDocument() {
        long next = sequence++;
        return OncePerEvent.apply(statistics, "category:ENTERPRISE_STAFF", "person-" + (next % marks), next,
                Updates.inc("figures.people", 1));
    }

    /** The same event delivered again: the guard refuses it (the upsert collides on _id). */
    @Benchmark
    public boolean refuseARedeliveredEvent() {
        return OncePerEvent.apply(statistics, "category:ENTERPRISE_STAFF", "person-0", 0,
                Updates.inc("figures.people", 1));
    }

    /** A new document per event, as a per-person read model is written. */
    @Benchmark
    public boolean writeANewDocument() {
        String id = "person-doc-" + documents++;
        return OncePerEvent.apply(statistics, id, id, 0, Updates.set("township", "libao"));
    }

    /** What a dashboard read costs: one document by _id. */
    @Benchmark
    public Document readByIdentifier() {
        return statistics.find(Filters.eq("_id", "category:ENTERPRISE_STAFF")).first();
    }
}
