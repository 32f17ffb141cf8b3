package org.haian.strata.outreach.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.outreach.AddressBookEntryAdded;
import org.haian.strata.contract.outreach.AddressBookEntryRemoved;
import org.haian.strata.contract.outreach.AddressBookOpened;
import org.haian.strata.contract.outreach.ContactSummaryFiled;
import org.haian.strata.contract.outreach.OpinionFormDrafted;
import org.haian.strata.contract.outreach.OpinionFormIssued;
import org.haian.strata.contract.outreach.OpinionFormReturned;
import org.haian.strata.outreach.api.connection.AddToAddressBook;
import org.haian.strata.outreach.api.connection.CorrectContactSummary;
import org.haian.strata.outreach.api.connection.DraftOpinionForm;
import org.haian.strata.outreach.api.connection.FileContactSummary;
import org.haian.strata.outreach.api.connection.IssueOpinionForm;
import org.haian.strata.outreach.api.connection.OpenAddressBook;
import org.haian.strata.outreach.api.connection.RecordFormReturn;
import org.haian.strata.outreach.api.connection.RemoveFromAddressBook;
import org.haian.strata.outreach.api.references.CadreReference;
import org.haian.strata.outreach.api.references.PersonReference;
import org.haian.strata.platform.domain.TownshipScope;
import org.junit.jupiter.api.Test;

import static org.haian.strata.platform.domain.CommandRefused.Kind.CONFLICT;
import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;
import static org.haian.strata.platform.domain.CommandRefused.Kind.NOT_FOUND;
import static org.haian.strata.platform.domain.Refusal.refused;

/** Professional connection (专业相通): address books, opinion forms, half-year summaries. */
class ProfessionalConnectionTest {

    private static final PersonReference ENGINEER = new PersonReference("p-1", Category.ENTERPRISE_STAFF, "libao",
            false);
    private static final PersonReference BLOGGER = new PersonReference("p-2", Category.NEW_MEDIA, "libao", false);
    private static final AddressBookOpened BOOK = new AddressBookOpened("book-zhang.wei", "libao", "zhang.wei");
    private static final OpinionFormDrafted FORM = new OpinionFormDrafted("f-1", "libao", Category.ENTERPRISE_STAFF,
            "This year", List.of("What helped?", "What next?"));
    private static final LocalDate ISSUED = LocalDate.of(2025, 3, 1);
    private static final Map<String, Long> FIGURES = Map.of("visits", 4L);

    private final AggregateTestFixture<AddressBook> books = new AggregateTestFixture<>(AddressBook.class);
    private final AggregateTestFixture<OpinionForm> forms = new AggregateTestFixture<>(OpinionForm.class);
    private final AggregateTestFixture<ContactSummary> summaries = new AggregateTestFixture<>(ContactSummary.class);

    @Test
    void aTownshipCadresBookIsInTheirTownshipAndACityCadreNamesOne() {
        books.givenNoPriorActivity()
                .when(new OpenAddressBook("book-zhang.wei", null, "zhang.wei",
                        new CadreReference("zhang.wei", CadreLevel.TOWNSHIP, "libao")))
                .expectEvents(BOOK);
        books.givenNoPriorActivity()
                .when(new OpenAddressBook("book-mayor", null, "mayor",
                        new CadreReference("mayor", CadreLevel.DEPARTMENT, null)))
                .expectException(refused(INVALID, "township"))
                .expectNoEvents();
        books.givenNoPriorActivity()
                .when(new OpenAddressBook("book-zhang.wei", "qutang", "zhang.wei",
                        new CadreReference("zhang.wei", CadreLevel.TOWNSHIP, "libao")))
                .expectException(refused(INVALID, "keeperCadreId", "is not a cadre of qutang"))
                .expectNoEvents();
    }

    @Test
    void anAddressBookHoldsEnterpriseStaffEachOnce() {
        books.given(BOOK)
                .when(new AddToAddressBook("book-zhang.wei", "p-1", ENGINEER, true))
                .expectEvents(new AddressBookEntryAdded("book-zhang.wei", "libao", "p-1", Category.ENTERPRISE_STAFF,
                        true));
        books.given(BOOK)
                .when(new AddToAddressBook("book-zhang.wei", "p-2", BLOGGER, true))
                .expectException(refused(INVALID, "personId", "is not enterprise staff"))
                .expectNoEvents();
        books.given(BOOK, new AddressBookEntryAdded("book-zhang.wei", "libao", "p-1", Category.ENTERPRISE_STAFF,
                        false))
                .when(new AddToAddressBook("book-zhang.wei", "p-1", ENGINEER, true))
                .expectException(refused(CONFLICT, "personId"))
                .expectNoEvents();
        books.given(BOOK)
                .when(new RemoveFromAddressBook("book-zhang.wei", "p-1"))
                .expectException(refused(NOT_FOUND, "personId"))
                .expectNoEvents();
        books.given(BOOK, new AddressBookEntryAdded("book-zhang.wei", "libao", "p-1", Category.ENTERPRISE_STAFF,
                        false))
                .when(new RemoveFromAddressBook("book-zhang.wei", "p-1"))
                .expectEvents(new AddressBookEntryRemoved("book-zhang.wei", "libao", "p-1"));
    }

    @Test
    void aFormIsIssuedToEachPersonOnceAndReturnedOnceAnsweringEveryQuestion() {
        forms.givenNoPriorActivity()
                .when(new DraftOpinionForm("f-1", "libao", "This year", List.of("What helped?", " What next? ")))
                .expectEvents(FORM);
        OpinionFormIssued issued = new OpinionFormIssued("f-1", "libao", Category.ENTERPRISE_STAFF, ISSUED,
                List.of("p-1"));
        forms.given(FORM)
                .when(new IssueOpinionForm("f-1", ISSUED, List.of("p-1"), List.of(ENGINEER)))
                .expectEvents(issued);
        forms.given(FORM, issued)
                .when(new IssueOpinionForm("f-1", ISSUED, List.of("p-1"), List.of(ENGINEER)))
                .expectException(refused(CONFLICT, "personIds[0]", "has the form already"))
                .expectNoEvents();
        forms.given(FORM, issued)
                .when(new RecordFormReturn("f-1", "p-1", ISSUED.plusDays(9), List.of("Housing")))
                .expectException(refused(INVALID, "answers", "must hold one answer for each of the 2 questions"))
                .expectNoEvents();
        OpinionFormReturned returned = new OpinionFormReturned("f-1", "libao", Category.ENTERPRISE_STAFF, "p-1",
                ISSUED.plusDays(9), List.of("Housing", "A lab"));
        forms.given(FORM, issued)
                .when(new RecordFormReturn("f-1", "p-1", ISSUED.plusDays(9), List.of("Housing", "A lab")))
                .expectEvents(returned);
        forms.given(FORM, issued, returned)
                .when(new RecordFormReturn("f-1", "p-1", ISSUED.plusDays(10), List.of("Again", "Again")))
                .expectException(refused(CONFLICT, "personId", "returned the form already"))
                .expectNoEvents();
        forms.given(FORM, issued)
                .when(new RecordFormReturn("f-1", "p-9", ISSUED.plusDays(9), List.of("a", "b")))
                .expectException(refused(CONFLICT, "personId", "was not issued the form"))
                .expectNoEvents();
    }

    @Test
    void aSummaryIsFiledOnceTheHalfYearIsOverWithItsFiguresFrozen() {
        ContactSummaryFiled filed = new ContactSummaryFiled("libao-2025-h1", "libao", 2025, 1, 1,
                LocalDate.of(2025, 6, 30), FIGURES, "Twelve firms");
        summaries.givenNoPriorActivity()
                .when(new FileContactSummary("libao-2025-h1", "libao", 2025, 1, LocalDate.of(2025, 7, 1), FIGURES,
                        "Twelve firms"))
                .expectEvents(filed);
        summaries.givenNoPriorActivity()
                .when(new FileContactSummary("libao-2025-h1", "libao", 2025, 1, LocalDate.of(2025, 6, 30), FIGURES,
                        "Early"))
                .expectException(refused(INVALID, "half", "is not over yet: it ends on 2025-06-30"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionIsANewFilingThatKeepsTheEarlierOne() {
        ContactSummaryFiled first = new ContactSummaryFiled("libao-2025-h2", "libao", 2025, 2, 1,
                LocalDate.of(2025, 12, 31), FIGURES, "First");
        summaries.given(first)
                .when(new CorrectContactSummary("libao-2025-h2", LocalDate.of(2026, 1, 5), Map.of("visits", 5L),
                        "Corrected"))
                .expectEvents(new ContactSummaryFiled("libao-2025-h2", "libao", 2025, 2, 2,
                        LocalDate.of(2025, 12, 31), Map.of("visits", 5L), "Corrected"));
        summaries.given(first)
                .when(new CorrectContactSummary("libao-2025-h2", LocalDate.of(2026, 1, 5), FIGURES, "Corrected"),
                        Map.of(TownshipScope.METADATA, "qutang"))
                .expectException(refused(NOT_FOUND, "summaryId"))
                .expectNoEvents();
    }
}
