package org.haian.strata.outreach.web.connection;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contract.outreach.AddressBookOpened;
import org.haian.strata.contract.outreach.ContactSummaryFiled;
import org.haian.strata.contract.outreach.OpinionFormDrafted;
import org.haian.strata.outreach.api.connection.AddToAddressBook;
import org.haian.strata.outreach.api.connection.AddressBookPage;
import org.haian.strata.outreach.api.connection.AddressBookView;
import org.haian.strata.outreach.api.connection.ContactSummaryPage;
import org.haian.strata.outreach.api.connection.ContactSummaryView;
import org.haian.strata.outreach.api.connection.CorrectContactSummary;
import org.haian.strata.outreach.api.connection.DraftOpinionForm;
import org.haian.strata.outreach.api.connection.FileContactSummary;
import org.haian.strata.outreach.api.connection.FindAddressBook;
import org.haian.strata.outreach.api.connection.FindContactSummary;
import org.haian.strata.outreach.api.connection.FindOpinionForm;
import org.haian.strata.outreach.api.connection.IssueOpinionForm;
import org.haian.strata.outreach.api.connection.ListAddressBooks;
import org.haian.strata.outreach.api.connection.ListContactSummaries;
import org.haian.strata.outreach.api.connection.ListOpinionForms;
import org.haian.strata.outreach.api.connection.OpenAddressBook;
import org.haian.strata.outreach.api.connection.OpinionFormPage;
import org.haian.strata.outreach.api.connection.OpinionFormView;
import org.haian.strata.outreach.api.connection.PeriodFigures;
import org.haian.strata.outreach.api.connection.RecordFormReturn;
import org.haian.strata.outreach.api.connection.RemoveFromAddressBook;
import org.haian.strata.outreach.api.connection.SummaryFigures;
import org.haian.strata.outreach.web.references.ReferenceLookup;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.export.RecordTables;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
import org.haian.strata.platform.security.Tenancy;
import org.haian.strata.platform.township.KnownTownship;
import org.haian.strata.platform.web.RequestCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Professional connection (专业相通) over HTTP, for the city and township officers: the keepers' address books, the
 * opinion-solicitation forms with their issues and returns, and the half-year contact summaries.
 *
 * <p>A summary's figures are taken from outreach's own read side, fed by its own events and by liaison's from
 * Kafka ({@link SummaryFigures}), at the moment of filing, after the period ended, and frozen in the filing; not
 * from analytics over HTTP, which would make filing depend on a second service being up and on credentials for
 * calling it, while the figures a summary needs (by the day each thing happened) are all in outreach's own model.
 */
@RestController
@Tag(name = "Professional connection 专业相通", description = "Address books of enterprise staff, opinion-solicitation "
        + "forms and their returns, half-year contact summaries with frozen figures and corrections.")
@RequestMapping("/api/outreach")
public class ConnectionController {

    private static final Pattern SUMMARY_ID = Pattern.compile("(.+)-(\\d{4})-h([12])");

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final ReferenceLookup lookup;
    private final Clock clock;
    private final RecordTables tables;

    public ConnectionController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                                ReferenceLookup lookup, Clock clock, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.lookup = lookup;
        this.clock = clock;
        this.tables = tables;
    }

    /** One book per keeper: its id is {@code book-<cadreId>}, so a second one is a conflict pointing at it. */
    @PostMapping("/address-books")
    @Operation(summary = "Open a keeper's address book of enterprise staff")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<BookId> openBook(@Valid @RequestBody OpenAddressBookRequest body,
                                           HttpServletRequest request) {
        String bookId = OpenAddressBook.idOf(body.keeperCadreId());
        commands.send(new OpenAddressBook(bookId, Tenancy.writableTownship(body.township()), body.keeperCadreId(),
                lookup.cadre(body.keeperCadreId()).orElse(null)), request);
        return ResponseEntity.created(URI.create("/api/outreach/address-books/" + bookId)).body(new BookId(bookId));
    }

    @PostMapping("/address-books/{bookId}/entries")
    @Operation(summary = "Add a registered member of enterprise staff to an address book")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public BookId addEntry(@PathVariable String bookId, @Valid @RequestBody AddressBookEntryRequest body,
                           HttpServletRequest request) {
        commands.send(new AddToAddressBook(bookId, body.personId(), lookup.person(body.personId()).orElse(null),
                body.online()), request);
        return new BookId(bookId);
    }

    @DeleteMapping("/address-books/{bookId}/entries/{personId}")
    @Operation(summary = "Remove a person from an address book")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public BookId removeEntry(@PathVariable String bookId, @PathVariable String personId,
                              HttpServletRequest request) {
        commands.send(new RemoveFromAddressBook(bookId, personId), request);
        return new BookId(bookId);
    }

    @GetMapping("/address-books")
    @Operation(summary = "List address books, paged, by township")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public AddressBookPage books(@RequestParam(required = false) @KnownTownship String township,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListAddressBooks(Tenancy.readableTownship(township), page, size),
                AddressBookPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(value = "/address-books", produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export address books as CSV or XLSX, by township")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table exportBooks(@RequestParam(required = false) @KnownTownship String township) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("address-books", AddressBookView.class, RecordTables.everyPage(page -> queries.query(
                new ListAddressBooks(scope, page, 100), AddressBookPage.class).join().items()));
    }

    @GetMapping("/address-books/{bookId}")
    @Operation(summary = "One address book")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public AddressBookView book(@PathVariable String bookId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindAddressBook(bookId),
                ResponseTypes.optionalInstanceOf(AddressBookView.class)).join(), AddressBookView::township, "bookId");
    }

    @GetMapping("/address-books/{bookId}/history")
    @Operation(summary = "Who did what when to an address book")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> bookHistory(@PathVariable String bookId) {
        return history.ofTownshipRecord(bookId, AddressBookOpened.class, "bookId");
    }

    @PostMapping("/opinion-forms")
    @Operation(summary = "Draft an opinion-solicitation form with its questions")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<FormId> draft(@Valid @RequestBody DraftFormRequest body, HttpServletRequest request) {
        String formId = UUID.randomUUID().toString();
        commands.send(new DraftOpinionForm(formId, Tenancy.writableTownship(body.township()), body.title(),
                body.questions()), request);
        return ResponseEntity.created(URI.create("/api/outreach/opinion-forms/" + formId)).body(new FormId(formId));
    }

    @PostMapping("/opinion-forms/{formId}/issues")
    @Operation(summary = "Issue a form to registered people (each once)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public FormId issue(@PathVariable String formId, @Valid @RequestBody IssueFormRequest body,
                        HttpServletRequest request) {
        commands.send(new IssueOpinionForm(formId, body.issuedOn(), body.personIds(),
                lookup.people(body.personIds())), request);
        return new FormId(formId);
    }

    @PostMapping("/opinion-forms/{formId}/returns")
    @Operation(summary = "Record a person's return of a form, one answer per question (once)")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public FormId recordReturn(@PathVariable String formId, @Valid @RequestBody FormReturnRequest body,
                               HttpServletRequest request) {
        commands.send(new RecordFormReturn(formId, body.personId(), body.returnedOn(), body.answers()), request);
        return new FormId(formId);
    }

    @GetMapping("/opinion-forms")
    @Operation(summary = "List opinion forms, paged, by township")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public OpinionFormPage forms(@RequestParam(required = false) @KnownTownship String township,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListOpinionForms(Tenancy.readableTownship(township), page, size),
                OpinionFormPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(value = "/opinion-forms", produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export opinion forms with their returns as CSV or XLSX, by township")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table exportForms(@RequestParam(required = false) @KnownTownship String township) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("opinion-forms", OpinionFormView.class, RecordTables.everyPage(page -> queries.query(
                new ListOpinionForms(scope, page, 100), OpinionFormPage.class).join().items()));
    }

    @GetMapping("/opinion-forms/{formId}")
    @Operation(summary = "One form with its issues, returns and response rate")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public OpinionFormView form(@PathVariable String formId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindOpinionForm(formId),
                ResponseTypes.optionalInstanceOf(OpinionFormView.class)).join(), OpinionFormView::township, "formId");
    }

    @GetMapping("/opinion-forms/{formId}/history")
    @Operation(summary = "Who did what when to a form")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> formHistory(@PathVariable String formId) {
        return history.ofTownshipRecord(formId, OpinionFormDrafted.class, "formId");
    }

    /** The first filing of a township's half-year, once it is over; a second one is a conflict pointing at it. */
    @PostMapping("/contact-summaries")
    @Operation(summary = "File a township's half-year contact summary, its figures frozen as counted now")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResponseEntity<SummaryId> file(@Valid @RequestBody FileSummaryRequest body, HttpServletRequest request) {
        String township = Tenancy.writableTownship(body.township());
        if (township == null) {
            throw new CommandRefused(CommandRefused.Kind.INVALID, "township", "is required: a summary is a "
                    + "township's");
        }
        String summaryId = FileContactSummary.idOf(township, body.year(), body.half());
        commands.send(new FileContactSummary(summaryId, township, body.year(), body.half(), LocalDate.now(clock),
                figures(township, body.year(), body.half()), body.narrative()), request);
        return ResponseEntity.created(URI.create("/api/outreach/contact-summaries/" + summaryId))
                .body(new SummaryId(summaryId));
    }

    /** A new filing with the figures counted now; the summary itself refuses another township's officer. */
    @PostMapping("/contact-summaries/{summaryId}/corrections")
    @Operation(summary = "Correct a summary: a new filing, the earlier ones kept in its history")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public SummaryId correct(@PathVariable String summaryId, @Valid @RequestBody CorrectSummaryRequest body,
                             HttpServletRequest request) {
        Matcher period = SUMMARY_ID.matcher(summaryId);
        if (!period.matches()) {
            throw CommandRefused.notFound("summaryId");
        }
        commands.send(new CorrectContactSummary(summaryId, LocalDate.now(clock), figures(period.group(1),
                Integer.parseInt(period.group(2)), Integer.parseInt(period.group(3))), body.narrative()), request);
        return new SummaryId(summaryId);
    }

    @GetMapping("/contact-summaries")
    @Operation(summary = "List half-year summaries, paged, the latest period first, by township and year")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ContactSummaryPage summaries(@RequestParam(required = false) @KnownTownship String township,
                                        @RequestParam(required = false) @Min(2000) @Max(2099) Integer year,
                                        @RequestParam(defaultValue = "0") @Min(0) int page,
                                        @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListContactSummaries(Tenancy.readableTownship(township), year, page, size),
                ContactSummaryPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters and the same township rule. */
    @GetMapping(value = "/contact-summaries", produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export half-year summaries with every filing as CSV or XLSX, by township and year")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table exportSummaries(@RequestParam(required = false) @KnownTownship String township,
                                 @RequestParam(required = false) @Min(2000) @Max(2099) Integer year) {
        String scope = Tenancy.readableTownship(township);
        return tables.of("contact-summaries", ContactSummaryView.class, RecordTables.everyPage(page ->
                queries.query(new ListContactSummaries(scope, year, page, 100), ContactSummaryPage.class).join()
                        .items()));
    }

    @GetMapping("/contact-summaries/{summaryId}")
    @Operation(summary = "A half-year summary with every filing, the current first")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ContactSummaryView summary(@PathVariable String summaryId) {
        return Tenancy.visibleOrNotFound(queries.query(new FindContactSummary(summaryId),
                ResponseTypes.optionalInstanceOf(ContactSummaryView.class)).join(), ContactSummaryView::township,
                "summaryId");
    }

    @GetMapping("/contact-summaries/{summaryId}/history")
    @Operation(summary = "Who filed what when for a summary")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> summaryHistory(@PathVariable String summaryId) {
        return history.ofTownshipRecord(summaryId, ContactSummaryFiled.class, "summaryId");
    }

    private Map<String, Long> figures(String township, int year, int half) {
        return queries.query(new SummaryFigures(township, FileContactSummary.periodStart(year, half),
                FileContactSummary.periodEnd(year, half)), PeriodFigures.class).join().figures();
    }

    /** What a book's write answers. */
    public record BookId(String bookId) {
    }

    /** What a form's write answers. */
    public record FormId(String formId) {
    }

    /** What a summary's write answers. */
    public record SummaryId(String summaryId) {
    }
}
