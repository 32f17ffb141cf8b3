package org.haian.strata.contribution.projection;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.AgreementEnded;
import org.haian.strata.contract.contribution.AgreementSigned;
import org.haian.strata.contract.contribution.HouseholdPaired;
import org.haian.strata.contract.contribution.ProjectLinked;
import org.haian.strata.contract.contribution.SupervisorAppointed;
import org.haian.strata.contract.contribution.VillageKind;
import org.haian.strata.contract.contribution.VillageRegistered;
import org.haian.strata.contribution.api.twoway.AgreementReference;
import org.haian.strata.contribution.api.twoway.FindAgreement;
import org.haian.strata.contribution.api.twoway.FindVillage;
import org.haian.strata.contribution.api.twoway.ListVillages;
import org.haian.strata.contribution.api.twoway.VillagePage;
import org.haian.strata.contribution.api.twoway.VillageView;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

import static org.haian.strata.contribution.projection.Days.day;

/**
 * The two-way service (双向服务) read model: one document per village keyed by its id, its agreements kept by
 * agreement id (so that an end finds its agreement by key), its supervisors, projects and households in the order
 * they came; and one small document per agreement, so that a suggestion's reference to an agreement is an
 * {@code _id} lookup.
 */
@Component
@ProcessingGroup("village-directory")
public class VillageDirectory {

    static final String VILLAGES = "villages";
    static final String AGREEMENTS = "agreements";

    private final MongoCollection<Document> villages;
    private final MongoCollection<Document> agreements;

    public VillageDirectory(MongoDatabase readModels) {
        this.villages = readModels.getCollection(VILLAGES);
        this.agreements = readModels.getCollection(AGREEMENTS);
    }

    @EventHandler
    void on(VillageRegistered event, @SequenceNumber long sequence) {
        OncePerEvent.apply(villages, event.villageId(), event.villageId(), sequence, Updates.combine(
                Updates.set("township", event.township()),
                Updates.set("name", event.name()),
                Updates.set("kind", event.kind().name())));
    }

    @EventHandler
    void on(AgreementSigned event, @SequenceNumber long sequence) {
        String at = "agreements." + event.agreementId();
        OncePerEvent.apply(villages, event.villageId(), event.villageId(), sequence, Updates.set(at, new Document()
                .append("personId", event.personId())
                .append("category", event.category().name())
                .append("signedOn", event.signedOn().toString())));
        OncePerEvent.apply(agreements, event.agreementId(), event.villageId(), sequence, Updates.combine(
                Updates.set("villageId", event.villageId()),
                Updates.set("township", event.township()),
                Updates.set("active", true)));
    }

    @EventHandler
    void on(AgreementEnded event, @SequenceNumber long sequence) {
        String at = "agreements." + event.agreementId();
        OncePerEvent.apply(villages, event.villageId(), event.villageId(), sequence, Updates.combine(
                Updates.set(at + ".endedOn", event.endedOn().toString()),
                Updates.set(at + ".endReason", event.reason())));
        OncePerEvent.apply(agreements, event.agreementId(), event.villageId(), sequence,
                Updates.set("active", false));
    }

    @EventHandler
    void on(SupervisorAppointed event, @SequenceNumber long sequence) {
        OncePerEvent.apply(villages, event.villageId(), event.villageId(), sequence, Updates.push("supervisors",
                new Document("personId", event.personId()).append("termStart", event.termStart().toString())
                        .append("termEnd", event.termEnd().toString())));
    }

    @EventHandler
    void on(ProjectLinked event, @SequenceNumber long sequence) {
        OncePerEvent.apply(villages, event.villageId(), event.villageId(), sequence, Updates.push("projects",
                new Document("linkId", event.linkId()).append("personId", event.personId())
                        .append("project", event.project())));
    }

    @EventHandler
    void on(HouseholdPaired event, @SequenceNumber long sequence) {
        OncePerEvent.apply(villages, event.villageId(), event.villageId(), sequence, Updates.push("households",
                new Document("pairingId", event.pairingId()).append("personId", event.personId())
                        .append("householdCode", event.householdCode())
                        .append("pairedOn", event.pairedOn().toString())));
    }

    @QueryHandler
    Optional<VillageView> handle(FindVillage query) {
        return Optional.ofNullable(villages.find(Filters.eq("_id", query.villageId())).first())
                .map(VillageDirectory::view);
    }

    @QueryHandler
    Optional<AgreementReference> handle(FindAgreement query) {
        return Optional.ofNullable(agreements.find(Filters.eq("_id", query.agreementId())).first())
                .map(d -> new AgreementReference(d.getString("_id"), d.getString("villageId"),
                        d.getString("township"), d.getBoolean("active", false)));
    }

    @QueryHandler
    VillagePage handle(ListVillages query) {
        Bson filter = PagedScan.matching("township", query.township(), "kind", query.kind());
        PagedScan.Page<VillageView> page = PagedScan.page(villages, filter, null, PagedScan.BY_NAME, query.page(),
                query.size(), VillageDirectory::view);
        return new VillagePage(page.items(), query.page(), query.size(), page.total());
    }

    private static VillageView view(Document d) {
        Document signed = d.get("agreements", new Document());
        List<VillageView.Agreement> agreements = signed.entrySet().stream()
                .map(entry -> {
                    Document a = (Document) entry.getValue();
                    return new VillageView.Agreement(entry.getKey(), a.getString("personId"),
                            Category.valueOf(a.getString("category")), day(a, "signedOn"), day(a, "endedOn"),
                            a.getString("endReason"));
                })
                .sorted(Comparator.comparing(VillageView.Agreement::signedOn)
                        .thenComparing(VillageView.Agreement::agreementId))
                .toList();
        return new VillageView(d.getString("_id"), d.getString("township"), d.getString("name"),
                VillageKind.valueOf(d.getString("kind")), agreements,
                d.getList("supervisors", Document.class, List.of()).stream()
                        .map(s -> new VillageView.Supervisor(s.getString("personId"), day(s, "termStart"),
                                day(s, "termEnd"))).toList(),
                d.getList("projects", Document.class, List.of()).stream()
                        .map(p -> new VillageView.Project(p.getString("linkId"), p.getString("personId"),
                                p.getString("project"))).toList(),
                d.getList("households", Document.class, List.of()).stream()
                        .map(h -> new VillageView.Household(h.getString("pairingId"), h.getString("personId"),
                                h.getString("householdCode"), day(h, "pairedOn"))).toList());
    }
}
