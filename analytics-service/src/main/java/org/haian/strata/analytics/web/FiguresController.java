package org.haian.strata.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.analytics.api.CategoryStatistics;
import org.haian.strata.analytics.api.CategoryStatisticsQuery;
import org.haian.strata.analytics.api.CityStatistics;
import org.haian.strata.analytics.api.CityStatisticsQuery;
import org.haian.strata.analytics.api.FigureCatalogueQuery;
import org.haian.strata.analytics.api.FigureDefinition;
import org.haian.strata.analytics.api.FigureSeries;
import org.haian.strata.analytics.api.FigureSeriesQuery;
import org.haian.strata.analytics.api.PointInTime;
import org.haian.strata.analytics.api.TownshipName;
import org.haian.strata.analytics.api.TownshipStatistics;
import org.haian.strata.analytics.api.TownshipStatisticsQuery;
import org.haian.strata.analytics.api.TownshipsQuery;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.township.KnownTownship;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;
import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

/**
 * The figures: counts only, never a person's name or contact. Every figures endpoint answers as of a day
 * ({@code asOf}, default today in Hai'an) and, optionally, as it was known at the end of another ({@code knownAt}:
 * only what was recorded by then, before later corrections). The city and analysts read every township; a township
 * officer reads their own, and a category's figures for their own township only. Each figures view is also an
 * export, as CSV ({@code Accept: text/csv}) or XLSX, of the same answer ({@link FigureTables}).
 */
@Tag(name = "Figures 统计", description = "Figures of the \"3+4+N\" per township and category, as of any day")
@RestController
@RequestMapping("/api/analytics")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'ANALYST', 'TOWNSHIP_OFFICER')")
public class FiguresController {

    private static final String AS_OF = "The end of this day (YYYY-MM-DD) in Hai'an; default today";
    private static final String KNOWN_AT = "Only what was recorded by the end of this day (YYYY-MM-DD); "
            + "default everything recorded so far";

    private final QueryGateway queries;
    private final Clock haian;

    public FiguresController(QueryGateway queries, Clock haian) {
        this.queries = queries;
        this.haian = haian;
    }

    @Operation(summary = "The townships figures are kept for: codes and names")
    @GetMapping("/townships")
    public List<TownshipName> townships() {
        return queries.query(new TownshipsQuery(), ResponseTypes.multipleInstancesOf(TownshipName.class)).join();
    }

    @Operation(summary = "Every figure, with its kind (STOCK or FLOW) and its Chinese and English labels")
    @GetMapping("/figures")
    public List<FigureDefinition> figures() {
        return queries.query(new FigureCatalogueQuery(), ResponseTypes.multipleInstancesOf(FigureDefinition.class))
                .join();
    }

    @Operation(summary = "One township's figures, in all and per category")
    @GetMapping(path = "/townships/{township}", produces = {APPLICATION_JSON_VALUE, Table.CSV, Table.XLSX})
    public TownshipStatistics township(@PathVariable String township,
                                       @Parameter(description = AS_OF) @RequestParam(required = false)
                                       @DateTimeFormat(iso = DATE) @InCountedDays LocalDate asOf,
                                       @Parameter(description = KNOWN_AT) @RequestParam(required = false)
                                       @DateTimeFormat(iso = DATE) @InCountedDays LocalDate knownAt) {
        Actor.current().requireFiguresOf(township);
        return queries.query(new TownshipStatisticsQuery(township, new PointInTime(asOf, knownAt)),
                        ResponseTypes.optionalInstanceOf(TownshipStatistics.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "township: '" + township + "' is not a known township code"));
    }

    @Operation(summary = "One category's figures, in all and per township (a township officer: their township's)")
    @GetMapping(path = "/categories/{category}", produces = {APPLICATION_JSON_VALUE, Table.CSV, Table.XLSX})
    public CategoryStatistics category(@PathVariable Category category,
                                       @Parameter(description = AS_OF) @RequestParam(required = false)
                                       @DateTimeFormat(iso = DATE) @InCountedDays LocalDate asOf,
                                       @Parameter(description = KNOWN_AT) @RequestParam(required = false)
                                       @DateTimeFormat(iso = DATE) @InCountedDays LocalDate knownAt) {
        Actor actor = Actor.current();
        return queries.query(new CategoryStatisticsQuery(category, actor.seesCityFigures() ? null : actor.township(),
                new PointInTime(asOf, knownAt)), CategoryStatistics.class).join();
    }

    @Operation(summary = "The whole city in one answer: totals, per township, per category, per township and category")
    @GetMapping(path = "/city", produces = {APPLICATION_JSON_VALUE, Table.CSV, Table.XLSX})
    @PreAuthorize("hasAnyRole('CITY_ADMIN', 'ANALYST')")
    public CityStatistics city(@Parameter(description = AS_OF) @RequestParam(required = false)
                               @DateTimeFormat(iso = DATE) @InCountedDays LocalDate asOf,
                               @Parameter(description = KNOWN_AT) @RequestParam(required = false)
                               @DateTimeFormat(iso = DATE) @InCountedDays LocalDate knownAt) {
        return queries.query(new CityStatisticsQuery(new PointInTime(asOf, knownAt)), CityStatistics.class).join();
    }

    @Operation(summary = "A figure per month between two days, of a township, a category, both or the city")
    @GetMapping(path = "/series", produces = {APPLICATION_JSON_VALUE, Table.CSV, Table.XLSX})
    public FigureSeries series(@Parameter(description = "The first day (YYYY-MM-DD); default the first of the month "
                                       + "eleven months before to") @RequestParam(required = false)
                               @DateTimeFormat(iso = DATE) @InCountedDays LocalDate from,
                               @Parameter(description = "The last day (YYYY-MM-DD); default today")
                               @RequestParam(required = false) @DateTimeFormat(iso = DATE) @InCountedDays LocalDate to,
                               @Parameter(description = "A township code; default every township (a township "
                                       + "officer: their own)") @RequestParam(required = false) @KnownTownship
                               String township,
                               @RequestParam(required = false) Category category,
                               @Parameter(description = KNOWN_AT) @RequestParam(required = false)
                               @DateTimeFormat(iso = DATE) @InCountedDays LocalDate knownAt) {
        String scope = Actor.current().figuresScope(township);
        LocalDate last = to != null ? to : LocalDate.now(haian);
        LocalDate first = from != null ? from : last.withDayOfMonth(1).minusMonths(11);
        if (last.isBefore(first)) {
            throw new CommandRefused(CommandRefused.Kind.INVALID, "to", "must not be before from (" + first + ")");
        }
        return queries.query(new FigureSeriesQuery(first, last, scope, category, knownAt), FigureSeries.class)
                .join();
    }
}
