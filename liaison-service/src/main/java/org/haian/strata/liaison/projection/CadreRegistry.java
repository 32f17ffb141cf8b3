package org.haian.strata.liaison.projection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.liaison.api.listedliaison.CadreView;
import org.haian.strata.liaison.api.listedliaison.FindCadre;
import org.haian.strata.liaison.api.listedliaison.ListCadres;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.springframework.stereotype.Component;

/**
 * The registry of leaders and cadres who may be listed to befriend people (列名联系的领导干部), one document per cadre
 * in {@code cadres} keyed by the cadre's id. A list is a scan of the whole collection: a city has some dozens of
 * cadres.
 */
@Component
@ProcessingGroup("cadre-registry")
public class CadreRegistry {

    static final String COLLECTION = "cadres";

    private final MongoCollection<Document> cadres;

    public CadreRegistry(MongoDatabase readModels) {
        this.cadres = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(CadreRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        OncePerEvent.apply(cadres, event.cadreId(), mark(event.cadreId()), sequence, Updates.combine(
                Updates.set("name", event.name()),
                Updates.set("level", event.level().name()),
                Updates.set("township", event.township()),
                Updates.set("post", event.post()),
                Updates.set("registeredAt", Date.from(at))));
    }

    @QueryHandler
    Optional<CadreView> handle(FindCadre query) {
        return Optional.ofNullable(cadres.find(Filters.eq("_id", query.cadreId())).first()).map(CadreRegistry::view);
    }

    @QueryHandler
    List<CadreView> handle(ListCadres query) {
        Bson filter = query.township() == null ? new Document()
                : Filters.or(Filters.eq("township", query.township()), Filters.eq("township", null));
        return cadres.find(filter).sort(Sorts.ascending("name", "_id")).map(CadreRegistry::view)
                .into(new ArrayList<>());
    }

    /**
     * A cadre's id is their sign-in name, which may hold a dot; {@link OncePerEvent} makes the aggregate id a field
     * name, where a dot would mean nesting. URL-safe Base64 is one-to-one and dot-free.
     */
    private static String mark(String cadreId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(cadreId.getBytes(StandardCharsets.UTF_8));
    }

    private static CadreView view(Document d) {
        return new CadreView(d.getString("_id"), d.getString("name"), CadreLevel.valueOf(d.getString("level")),
                d.getString("township"), d.getString("post"));
    }
}
