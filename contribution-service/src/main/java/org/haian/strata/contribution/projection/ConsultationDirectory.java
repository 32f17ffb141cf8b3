package org.haian.strata.contribution.projection;

import java.time.LocalDate;
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
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.ConsultationBenefited;
import org.haian.strata.contract.contribution.ConsultationField;
import org.haian.strata.contract.contribution.ConsultationGiven;
import org.haian.strata.contribution.api.mutualaid.ConsultationPage;
import org.haian.strata.contribution.api.mutualaid.ConsultationView;
import org.haian.strata.contribution.api.mutualaid.FindConsultation;
import org.haian.strata.contribution.api.mutualaid.ListConsultations;
import org.haian.strata.platform.readmodel.OncePerEvent;
import org.haian.strata.platform.readmodel.PagedScan;
import org.springframework.stereotype.Component;

/** The mutual-aid consultations (会员互助), one document per consultation keyed by its id. */
@Component
@ProcessingGroup("consultation-directory")
public class ConsultationDirectory {

    static final String COLLECTION = "consultations";

    private final MongoCollection<Document> consultations;

    public ConsultationDirectory(MongoDatabase readModels) {
        this.consultations = readModels.getCollection(COLLECTION);
    }

    @EventHandler
    void on(ConsultationGiven event, @SequenceNumber long sequence) {
        OncePerEvent.apply(consultations, event.consultationId(), event.consultationId(), sequence, Updates.combine(
                Updates.set("township", event.township()),
                Updates.set("category", event.category().name()),
                Updates.set("consultantId", event.consultantId()),
                Updates.set("field", event.field().name()),
                Updates.set("givenOn", event.givenOn().toString()),
                Updates.set("audience", event.audience())));
    }

    @EventHandler
    void on(ConsultationBenefited event, @SequenceNumber long sequence) {
        OncePerEvent.apply(consultations, event.consultationId(), event.consultationId(), sequence,
                Updates.push("beneficiaryIds", event.personId()));
    }

    @QueryHandler
    Optional<ConsultationView> handle(FindConsultation query) {
        return Optional.ofNullable(consultations.find(Filters.eq("_id", query.consultationId())).first())
                .map(ConsultationDirectory::view);
    }

    @QueryHandler
    ConsultationPage handle(ListConsultations query) {
        Bson filter = PagedScan.matching("township", query.township(), "field", query.field());
        PagedScan.Page<ConsultationView> page = PagedScan.page(consultations, filter, null,
                Sorts.orderBy(Sorts.descending("givenOn"), Sorts.ascending("_id")), query.page(), query.size(),
                ConsultationDirectory::view);
        return new ConsultationPage(page.items(), query.page(), query.size(), page.total());
    }

    private static ConsultationView view(Document d) {
        return new ConsultationView(d.getString("_id"), d.getString("township"),
                Category.valueOf(d.getString("category")), d.getString("consultantId"),
                ConsultationField.valueOf(d.getString("field")), LocalDate.parse(d.getString("givenOn")),
                d.getList("beneficiaryIds", String.class, List.of()), d.getInteger("audience", 0));
    }
}
