package org.haian.strata.infra.mongo;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * The H2 backend of mongo-java-server, made to commit its MVStore before it answers a request that changed it.
 *
 * <p>Left alone, the MVStore commits in the background about once a second, so a write the client saw
 * acknowledged can vanish when the process is killed (measured here: four in five of 100 acknowledged inserts).
 * Committing before the reply goes out means an acknowledgement is never ahead of the file.
 */
final class CommitOnWriteBackend implements MongoBackend {

    private final H2Backend delegate;

    CommitOnWriteBackend(H2Backend delegate) {
        this.delegate = delegate;
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return delegate.handleMessage(message);
        } finally {
            commitIfChanged();
        }
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return delegate.handleCommand(channel, database, command, query);
        } finally {
            commitIfChanged();
        }
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        try {
            return delegate.handleQuery(query);
        } finally {
            commitIfChanged();
        }
    }

    @Override
    public void dropDatabase(String database) {
        try {
            delegate.dropDatabase(database);
        } finally {
            commitIfChanged();
        }
    }

    private void commitIfChanged() {
        if (delegate.getMvStore().hasUnsavedChanges()) {
            delegate.commit();
        }
    }

    @Override
    public void handleClose(Channel channel) {
        delegate.handleClose(channel);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        return delegate.getCurrentOperations(query);
    }

    @Override
    public Document getServerStatus() {
        return delegate.getServerStatus();
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        delegate.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return delegate.getClock();
    }

    @Override
    public void enableOplog() {
        delegate.enableOplog();
    }

    @Override
    public void disableOplog() {
        delegate.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return delegate.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        delegate.version(version);
        return this;
    }
}
