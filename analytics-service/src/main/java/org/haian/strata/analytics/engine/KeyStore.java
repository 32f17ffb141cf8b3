package org.haian.strata.analytics.engine;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.BsonBinaryReader;
import org.bson.RawBsonDocument;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;
import org.bson.Document;

/**
 * The stored keys of a {@link KeyedCounting} source, one document per key in {@code <source>_g<n>_keys}, and the
 * source's write-ahead journal beside them:
 * <pre>
 * { _id: "&lt;person id&gt;", seen: [ ["&lt;person id&gt;", 12], ["&lt;association id&gt;", 40] ],
 *   state: "&lt;the state as JSON&gt;", days: [ "2025-01-10", "2025-03-05", … ] }
 * { _id: "~journal", n: 41, done: true, ops: &lt;BSON of every write of batch 41&gt; }
 * </pre>
 * What a key has seen grows with the aggregates its events come from, its state with its own history, never with
 * the number of keys. (Origins are kept as pairs, not field names: an aggregate id may contain a dot.)
 */
final class KeyStore<S> {

    static final String JOURNAL = "~journal";
    private static final String ID = CellMonth.ID;
    private static final String SEEN = "seen";
    private static final String STATE = "state";
    private static final String DAYS = "days";
    private static final String N = "n";
    private static final String DONE = "done";
    private static final String OPS = "ops";
    private static final String CELL_WRITES = "cells";
    private static final String KEY_WRITES = "keys";
    private static final String UPDATE = "update";
    private static final String REPLACEMENT = "replacement";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    /** A key's state as JSON: dates as ISO text, and fields a later version drops are ignored when read. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final KeyedCounting<S> source;
    private final MongoCollection<Document> keys;

    KeyStore(KeyedCounting<S> source, MongoCollection<Document> keys) {
        this.source = source;
        this.keys = keys;
    }

    MongoCollection<Document> collection() {
        return keys;
    }

    KeyStates<S> load(Collection<String> ids) {
        KeyStates<S> states = new KeyStates<>(source);
        if (!ids.isEmpty()) {
            for (Document document : keys.find(Filters.in(ID, ids))) {
                states.load(document.getString(ID), decode(document));
            }
        }
        return states;
    }

    Document document(String key, KeyState<S> state) {
        try {
            return new Document(ID, key).append(SEEN, state.seen().entrySet().stream()
                            .map(seen -> List.<Object>of(seen.getKey(), seen.getValue())).toList())
                    .append(STATE, JSON.writeValueAsString(state.state()))
                    .append(DAYS, state.days().stream().map(LocalDate::toString).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the state of " + key, e);
        }
    }

    private KeyState<S> decode(Document document) {
        NavigableSet<LocalDate> days = new TreeSet<>();
        document.getList(DAYS, String.class, List.of()).forEach(day -> days.add(LocalDate.parse(day)));
        Map<String, Long> seen = new HashMap<>();
        for (List<?> origin : document.getList(SEEN, List.class, List.of())) {
            seen.put((String) origin.get(0), ((Number) origin.get(1)).longValue());
        }
        try {
            return new KeyState<>(JSON.readValue(document.getString(STATE), source.stateType()), days, seen, null);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the state of " + document.getString(ID), e);
        }
    }

    /** The last journal entry, or {@code null} before the first batch. */
    Journal journal() {
        Document journal = keys.find(Filters.eq(ID, JOURNAL)).first();
        if (journal == null) {
            return null;
        }
        Document ops = new DocumentCodec().decode(new BsonBinaryReader(ByteBuffer.wrap(
                journal.get(OPS, Binary.class).getData())), DecoderContext.builder().build());
        return new Journal(journal.get(N, Number.class).longValue(), journal.getBoolean(DONE, false),
                ops.getList(CELL_WRITES, Document.class), ops.getList(KEY_WRITES, Document.class));
    }

    /** Writes the entry of batch {@code n} before any of its writes, so that a crash in between can finish them. */
    void begin(long n, List<Document> cellWrites, List<Document> keyWrites) {
        RawBsonDocument ops = new RawBsonDocument(new Document(CELL_WRITES, cellWrites).append(KEY_WRITES, keyWrites),
                new DocumentCodec());
        byte[] bytes = new byte[ops.getByteBuffer().remaining()];
        ops.getByteBuffer().get(bytes);
        keys.replaceOne(Filters.eq(ID, JOURNAL), new Document(ID, JOURNAL).append(N, n).append(DONE, false)
                .append(OPS, new Binary(bytes)), UPSERT);
    }

    void done() {
        keys.updateOne(Filters.eq(ID, JOURNAL), Updates.set(DONE, true));
    }

    static Document cellWrite(String id, Document update) {
        return new Document(ID, id).append(UPDATE, update);
    }

    static Document keyWrite(Document replacement) {
        return new Document(ID, replacement.getString(ID)).append(REPLACEMENT, replacement);
    }

    /** One batch's writes, as the journal keeps them until they are all done. */
    record Journal(long n, boolean done, List<Document> cellWrites, List<Document> keyWrites) {

        static String id(Document write) {
            return write.getString(ID);
        }

        static Document update(Document cellWrite) {
            return cellWrite.get(UPDATE, Document.class);
        }

        static Document replacement(Document keyWrite) {
            return keyWrite.get(REPLACEMENT, Document.class);
        }
    }
}
