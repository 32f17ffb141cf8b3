package org.haian.strata.liaison.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.AffiliationSystem;
import org.haian.strata.contract.liaison.AssociationEstablished;
import org.haian.strata.contract.liaison.BranchKind;
import org.haian.strata.contract.liaison.BranchOpened;
import org.haian.strata.contract.liaison.MemberAdmitted;
import org.haian.strata.contract.liaison.MemberRemoved;
import org.haian.strata.liaison.api.association.AssociationMembers;
import org.haian.strata.liaison.api.association.AssociationView;
import org.haian.strata.liaison.api.association.FindAssociation;
import org.haian.strata.liaison.api.association.FindAssociationMembers;
import org.haian.strata.liaison.api.association.FindMembershipsOf;
import org.haian.strata.liaison.api.association.ListAssociations;
import org.haian.strata.liaison.api.association.PersonMembership;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.springframework.stereotype.Component;

/**
 * The association (新联会) read model: one document per association keyed by its id, with its branches and its
 * current members keyed by person id (a removal unsets the member; the applied-event marks keep a replayed admission
 * from bringing them back). Person ids are aggregate ids minted by this service, so they are safe as field names;
 * the document stays small (66 members in the source).
 */
@Component
@ProcessingGroup("association-directory")
public class AssociationDirectory {

    static final String COLLECTION = "associations";

    private final MongoCollection<Document> associations;

    public AssociationDirectory(MongoDatabase readModels) {
        this.associations = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(AssociationEstablished event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.associationId(), sequence, Updates.combine(
                Updates.set("name", event.name()),
                Updates.set("establishedAt", Date.from(at))));
    }

    @EventHandler
    void on(BranchOpened event, @SequenceNumber long sequence) {
        apply(event.associationId(), sequence, Updates.push("branches", new Document("branchId", event.branchId())
                .append("name", event.name())
                .append("kind", event.kind().name())
                .append("township", event.township())
                .append("system", event.system() == null ? null : event.system().name())));
    }

    @EventHandler
    void on(MemberAdmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.associationId(), sequence, Updates.set("members." + event.personId(),
                new Document("branchId", event.branchId())
                        .append("township", event.township())
                        .append("category", event.category().name())
                        .append("admittedAt", Date.from(at))));
    }

    @EventHandler
    void on(MemberRemoved event, @SequenceNumber long sequence) {
        apply(event.associationId(), sequence, Updates.unset("members." + event.personId()));
    }

    /** Scans the associations: a city has one, and each of its documents names its members by id. */
    @QueryHandler
    List<PersonMembership> handle(FindMembershipsOf query) {
        List<PersonMembership> memberships = new ArrayList<>();
        for (Document association : associations.find(Filters.exists("members." + query.personId()))) {
            Document member = members(association).get(query.personId(), Document.class);
            String branchId = member.getString("branchId");
            String branch = branches(association).stream()
                    .filter(b -> b.getString("branchId").equals(branchId))
                    .map(b -> b.getString("name"))
                    .findFirst().orElse(null);
            memberships.add(new PersonMembership(association.getString("_id"), association.getString("name"),
                    branchId, branch, member.getDate("admittedAt").toInstant()));
        }
        return memberships;
    }

    @QueryHandler
    Optional<AssociationView> handle(FindAssociation query) {
        return find(query.associationId()).map(AssociationDirectory::view);
    }

    @QueryHandler
    List<AssociationView> handle(ListAssociations query) {
        List<AssociationView> all = new ArrayList<>();
        associations.find().sort(Sorts.ascending("name", "_id")).forEach(d -> all.add(view(d)));
        return all;
    }

    @QueryHandler
    Optional<AssociationMembers> handle(FindAssociationMembers query) {
        return find(query.associationId()).map(d -> {
            Map<String, String> branchNames = new HashMap<>();
            branches(d).forEach(b -> branchNames.put(b.getString("branchId"), b.getString("name")));
            List<AssociationMembers.Membership> members = new ArrayList<>();
            members(d).forEach((personId, value) -> {
                Document m = (Document) value;
                members.add(new AssociationMembers.Membership(personId, m.getString("branchId"),
                        branchNames.get(m.getString("branchId")), m.getString("township"),
                        Category.valueOf(m.getString("category")), m.getDate("admittedAt").toInstant()));
            });
            return new AssociationMembers(d.getString("_id"), members);
        });
    }

    private Optional<Document> find(String associationId) {
        return Optional.ofNullable(associations.find(Filters.eq("_id", associationId)).first());
    }

    private void apply(String associationId, long sequence, Bson change) {
        OncePerEvent.apply(associations, associationId, associationId, sequence, change);
    }

    private static AssociationView view(Document d) {
        Map<String, Integer> perBranch = new HashMap<>();
        int atLarge = 0;
        Document members = members(d);
        for (Object value : members.values()) {
            String branchId = ((Document) value).getString("branchId");
            if (branchId == null) {
                atLarge++;
            } else {
                perBranch.merge(branchId, 1, Integer::sum);
            }
        }
        List<AssociationView.Branch> branches = branches(d).stream()
                .map(b -> new AssociationView.Branch(b.getString("branchId"), b.getString("name"),
                        BranchKind.valueOf(b.getString("kind")), b.getString("township"),
                        b.getString("system") == null ? null : AffiliationSystem.valueOf(b.getString("system")),
                        perBranch.getOrDefault(b.getString("branchId"), 0)))
                .toList();
        return new AssociationView(d.getString("_id"), d.getString("name"), members.size(), atLarge, branches);
    }

    private static List<Document> branches(Document d) {
        return d.getList("branches", Document.class, List.of());
    }

    private static Document members(Document d) {
        return Objects.requireNonNullElseGet(d.get("members", Document.class), Document::new);
    }
}
