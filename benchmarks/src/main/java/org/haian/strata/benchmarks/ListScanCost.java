package org.haian.strata.benchmarks;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.haian.strata.infra.mongo.EmbeddedMongoServer;
import org.haian.strata.platform.readmodel.OncePerEvent;

import static org.haian.strata.benchmarks.Options.option;

/**
 * What a per-person read model costs on the suite's MongoDB-wire server as it grows: a projection's write (by
 * {@code _id}, as {@link OncePerEvent} writes) against a list's count of one township's people (a filter on
 * another field, which mongo-java-server answers by scanning the collection). Both are timed at each size, in one
 * run on one server, after the collection has been filled to that size.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.haian.strata.benchmarks.ListScanCost
 * [--sizes=1000,10000,30000] [--rounds=20]}
 */
public final class ListScanCost {

    private static final List<String> TOWNSHIPS = List.of("libao", "qutang", "chengdong", "yazhou");

    private ListScanCost() {
    }

    public static void main(String[] args) throws IOException {
        int[] sizes = Arrays.stream(option(args, "sizes", "1000,10000,30000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int rounds = Integer.parseInt(option(args, "rounds", "20"));
        Path dir = Files.createTempDirectory("list-scan-cost");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedMongoServer server = new EmbeddedMongoServer(dir.resolve("read-models.mv.db"), port).start();
             MongoClient client = MongoClients.create(server.connectionString())) {
            MongoCollection<Document> people = client.getDatabase("benchmark").getCollection("people");
            System.out.println("| people in the collection | write by _id, ms (median) | count of one township, ms "
                    + "(median) | ratio |");
            System.out.println("|---:|---:|---:|---:|");
            int filled = 0;
            for (int size : sizes) {
                for (; filled < size; filled++) {
                    write(people, filled);
                }
                List<Long> writes = new ArrayList<>();
                List<Long> counts = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    long started = System.nanoTime();
                    write(people, round % size);
                    writes.add(System.nanoTime() - started);
                    started = System.nanoTime();
                    people.countDocuments(Filters.eq("township", TOWNSHIPS.get(round % TOWNSHIPS.size())));
                    counts.add(System.nanoTime() - started);
                }
                double write = median(writes) / 1e6;
                double count = median(counts) / 1e6;
                System.out.printf("| %,d | %.2f | %.1f | %.1f |%n", size, write, count, count / write);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** One person's document written as a projection writes it: by _id, guarded by the event's sequence number. */
    private static void write(MongoCollection<Document> people, int person) {
        String id = "person-" + person;
        OncePerEvent.apply(people, id, id, System.nanoTime(), Updates.combine(
                Updates.set("township", TOWNSHIPS.get(person % TOWNSHIPS.size())),
                Updates.set("name", "Person " + person), Updates.set("category", "NEW_MEDIA")));
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
