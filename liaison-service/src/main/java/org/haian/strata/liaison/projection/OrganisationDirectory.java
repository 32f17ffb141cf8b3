package org.haian.strata.liaison.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.contract.liaison.OrganisationRegistered;
import org.haian.strata.contract.liaison.OrganisationRegistrationWithdrawn;
import org.haian.strata.contract.liaison.OrganisationUpdated;
import org.haian.strata.liaison.api.organisations.FindOrganisation;
import org.haian.strata.liaison.api.organisations.ListOrganisations;
import org.haian.strata.liaison.api.organisations.OrganisationNamesIn;
import org.haian.strata.liaison.api.organisations.OrganisationPage;
import org.haian.strata.liaison.api.organisations.OrganisationView;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

import static org.haian.strata.platform.readmodel.PagedScan.allOf;
import static org.haian.strata.platform.readmodel.PagedScan.equalIfGiven;

/**
 * The registry's own read model of organisations (组织), one document per organisation keyed by its id. Lists are
 * filtered scans ({@link PagedScan}), which this registry's size allows.
 */
@Component
@ProcessingGroup("organisation-directory")
public class OrganisationDirectory {

    static final String COLLECTION = "organisations";

    private final MongoCollection<Document> organisations;

    public OrganisationDirectory(MongoDatabase readModels) {
        this.organisations = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(OrganisationRegistered event, @SequenceNumber long sequence, @Timestamp Instant at) {
        OncePerEvent.applyAtEndOfBatch(organisations, event.organisationId(), event.organisationId(), sequence,
                Updates.combine(
                        details(event.name(), event.kind(), event.category(), event.township(), event.headcount(),
                                event.influence(), event.followers()),
                        Updates.set("registeredAt", Date.from(at)),
                        Updates.set("updatedAt", Date.from(at))));
    }

    @EventHandler
    void on(OrganisationUpdated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        OncePerEvent.applyAtEndOfBatch(organisations, event.organisationId(), event.organisationId(), sequence,
                Updates.combine(
                        details(event.name(), event.kind(), event.category(), event.township(), event.headcount(),
                                event.influence(), event.followers()),
                        Updates.set("updatedAt", Date.from(at))));
    }

    /** Taken back with its import: it leaves every list; the document stays, marked, against a redelivery. */
    @EventHandler
    void on(OrganisationRegistrationWithdrawn event, @SequenceNumber long sequence) {
        OncePerEvent.applyAtEndOfBatch(organisations, event.organisationId(), event.organisationId(), sequence,
                Updates.set("withdrawn", true));
    }

    @QueryHandler
    Optional<OrganisationView> handle(FindOrganisation query) {
        return Optional.ofNullable(organisations.find(Filters.eq("_id", query.organisationId())).first())
                .filter(organisation -> !organisation.getBoolean("withdrawn", false))
                .map(OrganisationDirectory::view);
    }

    @QueryHandler
    OrganisationPage handle(ListOrganisations query) {
        Bson filter = allOf(Filters.ne("withdrawn", true), equalIfGiven("township", query.township()), equalIfGiven("category", query.category()),
                equalIfGiven("kind", query.kind()));
        PagedScan.Page<OrganisationView> page = PagedScan.page(organisations, filter, null, PagedScan.BY_NAME,
                query.page(), query.size(), OrganisationDirectory::view);
        return new OrganisationPage(page.items(), query.page(), query.size(), page.total());
    }

    /** Every organisation of the township by its name as {@link IdentityKey} compares it: what an import skips. */
    @QueryHandler
    List<String> handle(OrganisationNamesIn query) {
        List<String> names = new ArrayList<>();
        organisations.find(Filters.and(Filters.eq("township", query.township()), Filters.ne("withdrawn", true)))
                .projection(Projections.include("name"))
                .forEach(organisation -> names.add(IdentityKey.of(organisation.getString("name"))));
        return names;
    }

    private static Bson details(String name, OrganisationKind kind, Category category, String township,
                                int headcount, int influence, Integer followers) {
        return Updates.combine(
                Updates.set("name", name),
                Updates.set("kind", kind.name()),
                Updates.set("category", category.name()),
                Updates.set("township", township),
                Updates.set("headcount", headcount),
                Updates.set("influence", influence),
                Updates.set("followers", followers));
    }

    private static OrganisationView view(Document d) {
        return new OrganisationView(d.getString("_id"), d.getString("name"), OrganisationKind.valueOf(d.getString("kind")),
                Category.valueOf(d.getString("category")), d.getString("township"), d.getInteger("headcount"),
                d.getInteger("influence"), d.getInteger("followers"), d.getDate("registeredAt").toInstant(),
                d.getDate("updatedAt").toInstant());
    }
}
