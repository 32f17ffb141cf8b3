package org.haian.strata.outreach.projection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.ContactChannel;
import org.haian.strata.contract.liaison.ContactLogged;
import org.haian.strata.contract.outreach.OpinionFormDrafted;
import org.haian.strata.contract.outreach.OpinionFormIssued;
import org.haian.strata.contract.outreach.OpinionFormReturned;
import org.haian.strata.contract.outreach.VisitLogged;
import org.haian.strata.contract.outreach.VisitPlanned;
import org.haian.strata.outreach.api.connection.FindOpinionForm;
import org.haian.strata.outreach.api.connection.ListOpinionForms;
import org.haian.strata.outreach.api.connection.OpinionFormPage;
import org.haian.strata.outreach.api.connection.OpinionFormView;
import org.haian.strata.outreach.api.connection.SummaryFigures;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Forms and the figures of a half-year, from outreach's own events and liaison's, on the MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class ConnectionBookTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 10);
    private static final LocalDate JULY = LocalDate.of(2025, 7, 10);

    private LiaisonView view;
    private VisitBook visits;
    private ConnectionBook book;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        view = new LiaisonView(readModels);
        visits = new VisitBook(readModels, Clock.systemUTC());
        book = new ConnectionBook(readModels);
    }

    private void visit(String id, Category category, LocalDate day) {
        visits.on(new VisitPlanned(id, "libao", category, "o1", day, "c1"), 0);
        visits.on(new VisitLogged(id, "libao", category, "o1", day, "c1", CadreLevel.TOWNSHIP, List.of(), List.of(),
                "findings"), 1);
    }

    @Test
    void aFormsResponseRateIsItsReturnsOverThePeopleItWentTo() {
        book.on(new OpinionFormDrafted("f1", "libao", Category.ENTERPRISE_STAFF, "T", List.of("Q1")), 0);
        book.on(new OpinionFormIssued("f1", "libao", Category.ENTERPRISE_STAFF, MARCH, List.of("p1", "p2")), 1);
        book.on(new OpinionFormIssued("f1", "libao", Category.ENTERPRISE_STAFF, MARCH, List.of("p3", "p4")), 2);
        book.on(new OpinionFormReturned("f1", "libao", Category.ENTERPRISE_STAFF, "p2", MARCH, List.of("A")), 3);

        OpinionFormView form = book.handle(new FindOpinionForm("f1")).orElseThrow();
        assertThat(form.issuedTo()).containsExactly("p1", "p2", "p3", "p4");
        assertThat(form.returns()).extracting(OpinionFormView.FormReturn::personId).containsExactly("p2");
        assertThat(form.responseRate()).isEqualTo(0.25);
    }

    @Test
    void aTownshipsFormsAreListedByTitleAPageAtATime() {
        book.on(new OpinionFormDrafted("j2", "jiaoxie", Category.ENTERPRISE_STAFF, "Wages", List.of("Q1")), 0);
        book.on(new OpinionFormDrafted("j1", "jiaoxie", Category.ENTERPRISE_STAFF, "Housing", List.of("Q1")), 0);
        book.on(new OpinionFormDrafted("d1", "dagong", Category.ENTERPRISE_STAFF, "Roads", List.of("Q1")), 0);

        OpinionFormPage first = book.handle(new ListOpinionForms("jiaoxie", 0, 1));
        OpinionFormPage second = book.handle(new ListOpinionForms("jiaoxie", 1, 1));

        assertThat(first.items()).extracting(OpinionFormView::title).containsExactly("Housing");
        assertThat(second.items()).extracting(OpinionFormView::title).containsExactly("Wages");
        assertThat(first.total()).isEqualTo(2);
        assertThat(book.handle(new ListOpinionForms(null, 0, 100)).items()).extracting(OpinionFormView::formId)
                .contains("j1", "j2", "d1");
    }

    @Test
    void aHalfYearsFiguresCountTheTownshipsEnterpriseStaffByTheDayEachThingHappened() {
        visit("v1", Category.ENTERPRISE_STAFF, MARCH);
        visit("v2", Category.ENTERPRISE_STAFF, JULY);
        visit("v3", Category.NEW_MEDIA, MARCH);
        book.on(new OpinionFormDrafted("f1", "libao", Category.ENTERPRISE_STAFF, "T", List.of("Q1")), 0);
        book.on(new OpinionFormIssued("f1", "libao", Category.ENTERPRISE_STAFF, MARCH, List.of("p1", "p2")), 1);
        book.on(new OpinionFormReturned("f1", "libao", Category.ENTERPRISE_STAFF, "p1", JULY, List.of("A")), 2);
        view.on(new ContactLogged("p1", "libao", Category.ENTERPRISE_STAFF, "c1", CadreLevel.TOWNSHIP, MARCH,
                ContactChannel.VISIT, null, List.of()), 4);
        view.on(new ContactLogged("p1", "libao", Category.ENTERPRISE_STAFF, "c1", CadreLevel.TOWNSHIP, MARCH,
                ContactChannel.VISIT, null, List.of()), 4);

        Map<String, Long> firstHalf = book.handle(new SummaryFigures("libao", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 6, 30))).figures();

        assertThat(firstHalf).containsExactly(Map.entry(SummaryFigures.VISITS, 1L),
                Map.entry(SummaryFigures.PROBLEMS_RAISED, 0L), Map.entry(SummaryFigures.PROBLEMS_RESOLVED, 0L),
                Map.entry(SummaryFigures.FORMS_ISSUED, 2L), Map.entry(SummaryFigures.FORMS_RETURNED, 0L),
                Map.entry(SummaryFigures.CONTACTS_LOGGED, 1L));
        assertThat(book.handle(new SummaryFigures("qutang", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)))
                .figures().values()).containsOnly(0L);
    }
}
