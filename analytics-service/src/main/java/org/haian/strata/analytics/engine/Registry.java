package org.haian.strata.analytics.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Which generation of each source is live (read by the API, written by the processors), in one document, so that a
 * rebuild switches every source at once with one write; and the pause a rebuild asks of the processors while it
 * takes over their positions:
 * <pre>
 * { _id: "live", sources: { "liaison-registry": { version: 1, generation: 3 }, ... },
 *   pause: { rebuild: "…", sources: [ "liaison-registry", … ], until: ISODate } }
 * </pre>
 * A pause is a lease: a rebuild that dies while holding it lets the processors go again once it runs out.
 */
final class Registry {

    static final String COLLECTION = "analytics_registry";
    private static final String ID = "live";
    private static final String SOURCES = "sources";
    private static final String VERSION = "version";
    private static final String GENERATION = "generation";
    private static final String PAUSE = "pause";
    private static final String REBUILD = "rebuild";
    private static final String UNTIL = "until";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> registry;

    Registry(MongoDatabase database) {
        this.registry = database.getCollection(COLLECTION);
    }

    Snapshot read() {
        Document document = registry.find(Filters.eq("_id", ID)).first();
        if (document == null) {
            return new Snapshot(Map.of(), null);
        }
        Map<String, Live> live = new HashMap<>();
        document.get(SOURCES, new Document()).forEach((source, value) -> {
            Document entry = (Document) value;
            live.put(source, new Live(entry.get(VERSION, Number.class).intValue(),
                    entry.get(GENERATION, Number.class).longValue()));
        });
        Document pause = document.get(PAUSE, Document.class);
        return new Snapshot(live, pause == null ? null : new Pause(pause.getString(REBUILD),
                Set.copyOf(pause.getList(SOURCES, String.class)), pause.getDate(UNTIL).toInstant()));
    }

    void pause(String rebuild, Collection<String> sources, Instant until) {
        registry.updateOne(Filters.eq("_id", ID), Updates.set(PAUSE, new Document(REBUILD, rebuild)
                .append(SOURCES, List.copyOf(sources)).append(UNTIL, Date.from(until))), UPSERT);
    }

    /** Makes these generations live and lifts the pause, in one write. */
    void switchTo(Map<String, Live> generations) {
        List<Bson> update = new ArrayList<>();
        generations.forEach((source, live) -> update.add(Updates.set(SOURCES + "." + source,
                new Document(VERSION, live.version()).append(GENERATION, live.generation()))));
        update.add(Updates.unset(PAUSE));
        registry.updateOne(Filters.eq("_id", ID), Updates.combine(update), UPSERT);
    }

    void resume() {
        registry.updateOne(Filters.eq("_id", ID), Updates.unset(PAUSE));
    }

    /** A source's live generation, and the version of the source that counted it. */
    record Live(int version, long generation) {
    }

    record Pause(String rebuild, Set<String> sources, Instant until) {
    }

    record Snapshot(Map<String, Live> sources, Pause pause) {

        Live live(String source) {
            return sources.get(source);
        }

        boolean paused(String source, Instant now) {
            return pause != null && pause.sources().contains(source) && now.isBefore(pause.until());
        }
    }
}
