package org.haian.strata.infra.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mongo-java-server MongoDB-wire server over an H2 MVStore file: read models survive a restart and a
 * {@code kill -9} (see {@link CommitOnWriteBackend}). It has no secondary indexes and no transactions, so the
 * services key every read model by {@code _id} and make every projection idempotent.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final Path file;
    private final int port;
    private MongoServer server;

    public EmbeddedMongoServer(Path file, int port) {
        this.file = file;
        this.port = port;
    }

    public synchronized EmbeddedMongoServer start() {
        if (server != null) {
            return this;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MVStore store = new MVStore.Builder().fileName(file.toAbsolutePath().toString()).open();
        server = new MongoServer(new CommitOnWriteBackend(new H2Backend(store)));
        server.bind("localhost", port);
        log.info("MongoDB-wire server listening on {} (H2 file {})", connectionString(), file);
        return this;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdownNow();
        server = null;
        log.info("MongoDB-wire server on port {} stopped", port);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        stop();
    }
}
