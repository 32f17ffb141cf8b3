package org.haian.strata.contribution.web.research;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.ResearchTopicSet;
import org.haian.strata.contribution.api.research.AdoptResearchReport;
import org.haian.strata.contribution.api.research.AssignResearchAuthors;
import org.haian.strata.contribution.api.research.DeclineResearchReport;
import org.haian.strata.contribution.api.research.FindResearchTopic;
import org.haian.strata.contribution.api.research.ListResearchTopics;
import org.haian.strata.contribution.api.research.ResearchStatus;
import org.haian.strata.contribution.api.research.ResearchTopicPage;
import org.haian.strata.contribution.api.research.ResearchTopicView;
import org.haian.strata.contribution.api.research.SetResearchTopic;
import org.haian.strata.contribution.api.research.SubmitResearchReport;
import org.haian.strata.contribution.web.References;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.export.RecordTables;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.history.AggregateHistory;
import org.haian.strata.platform.history.HistoryEntry;
import org.haian.strata.platform.web.RequestCommands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Research (专题调研) over HTTP: the city sets topics, assigns authors, records the report and whether the city
 * adopted it. City records: the city admin writes them, township officers read them. A step out of order is 409
 * naming where the topic stands.
 */
@RestController
@Tag(name = "Research 专题调研",
        description = "Research topics the city sets, their authors, reports and whether the city adopted them.")
@RequestMapping(ResearchController.PATH)
public class ResearchController {

    static final String PATH = "/api/contribution/research";

    private final RequestCommands commands;
    private final QueryGateway queries;
    private final AggregateHistory history;
    private final References references;
    private final RecordTables tables;

    public ResearchController(RequestCommands commands, QueryGateway queries, AggregateHistory history,
                              References references, RecordTables tables) {
        this.commands = commands;
        this.queries = queries;
        this.history = history;
        this.references = references;
        this.tables = tables;
    }

    @PostMapping
    @Operation(summary = "Set a research topic")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public ResponseEntity<TopicId> set(@Valid @RequestBody SetTopicRequest body, HttpServletRequest request) {
        String topicId = UUID.randomUUID().toString();
        commands.send(new SetResearchTopic(topicId, body.title(), body.category()), request);
        return ResponseEntity.created(URI.create(PATH + "/" + topicId)).body(new TopicId(topicId));
    }

    /** Authors are people of the registry who are not archived (422 naming {@code authorIds}). */
    @PostMapping("/{topicId}/authors")
    @Operation(summary = "Assign authors to a topic whose report is not yet in")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public TopicId assign(@PathVariable String topicId, @Valid @RequestBody AssignAuthorsRequest body,
                          HttpServletRequest request) {
        // The topic first, from the event store: an id of no topic is 404 whatever the body names.
        history.ofCityRecord(topicId, ResearchTopicSet.class, "topicId");
        body.authorIds().forEach(author -> references.person("authorIds", author));
        commands.send(new AssignResearchAuthors(topicId, body.authorIds()), request);
        return new TopicId(topicId);
    }

    @PostMapping("/{topicId}/report")
    @Operation(summary = "Record the topic's submitted report")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public TopicId submit(@PathVariable String topicId, @Valid @RequestBody SubmitReportRequest body,
                          HttpServletRequest request) {
        commands.send(new SubmitResearchReport(topicId, body.reportTitle(), body.documentReference()), request);
        return new TopicId(topicId);
    }

    @PostMapping("/{topicId}/adopt")
    @Operation(summary = "Record that the city adopted the report")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public TopicId adopt(@PathVariable String topicId, @Valid @RequestBody AdoptReportRequest body,
                         HttpServletRequest request) {
        commands.send(new AdoptResearchReport(topicId, body.body(), body.adoptedOn()), request);
        return new TopicId(topicId);
    }

    @PostMapping("/{topicId}/decline")
    @Operation(summary = "Record that the city did not adopt the report")
    @PreAuthorize("hasRole('CITY_ADMIN')")
    public TopicId decline(@PathVariable String topicId, @Valid @RequestBody DeclineReportRequest body,
                           HttpServletRequest request) {
        commands.send(new DeclineResearchReport(topicId, body.reason()), request);
        return new TopicId(topicId);
    }

    @GetMapping
    @Operation(summary = "List research topics, paged, by category and status")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResearchTopicPage list(@RequestParam(required = false) Category category,
                                  @RequestParam(required = false) ResearchStatus status,
                                  @RequestParam(defaultValue = "0") @Min(0) int page,
                                  @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return queries.query(new ListResearchTopics(category, status, page, size), ResearchTopicPage.class).join();
    }

    /** The list as an export: every page of it, with the same filters. */
    @GetMapping(produces = {Table.CSV, Table.XLSX})
    @Operation(summary = "Export research topics as CSV or XLSX, by category and status")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public Table export(@RequestParam(required = false) Category category,
                        @RequestParam(required = false) ResearchStatus status) {
        return tables.of("research-topics", ResearchTopicView.class, RecordTables.everyPage(page -> queries.query(
                new ListResearchTopics(category, status, page, 100), ResearchTopicPage.class).join().items()));
    }

    @GetMapping("/{topicId}")
    @Operation(summary = "One research topic with its authors, report and decision")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public ResearchTopicView find(@PathVariable String topicId) {
        return queries.query(new FindResearchTopic(topicId),
                        ResponseTypes.optionalInstanceOf(ResearchTopicView.class)).join()
                .orElseThrow(() -> CommandRefused.notFound("topicId"));
    }

    @GetMapping("/{topicId}/history")
    @Operation(summary = "Who did what when to a research topic")
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'TOWNSHIP_OFFICER')")
    public List<HistoryEntry> history(@PathVariable String topicId) {
        return history.ofCityRecord(topicId, ResearchTopicSet.class, "topicId");
    }

    /** What a write answers: the topic's id (for a new topic also in the Location header). */
    public record TopicId(String topicId) {
    }
}
