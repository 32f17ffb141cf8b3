package org.haian.strata.analytics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.analytics.api.PointInTime;
import org.haian.strata.analytics.api.Scorecard;
import org.haian.strata.analytics.api.ScorecardQuery;
import org.haian.strata.analytics.api.ScorecardSeries;
import org.haian.strata.analytics.api.ScorecardSeriesQuery;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.security.Actor;
import org.haian.strata.platform.township.KnownTownship;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.format.annotation.DateTimeFormat.ISO.DATE;
import static org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

/**
 * The "3+4+N" scorecard of the city or of one township, as of a day and as known at another, and per month. The city
 * and analysts read the city's and every township's; a township officer reads their own township's (the default for
 * them). Also an export, as CSV or XLSX, of the same answer.
 */
@Tag(name = "Scorecard 工作成效", description = "The \"3+4+N\" headline figures and coverage ratios, as of any day")
@RestController
@RequestMapping("/api/analytics/scorecard")
@PreAuthorize("hasAnyRole('CITY_ADMIN', 'ANALYST', 'TOWNSHIP_OFFICER')")
public class ScorecardController {

    /** A series is worked out month by month; ten years of months is more than any chart shows. */
    static final int MOST_MONTHS = 120;

    private static final String TOWNSHIP = "A township code; default the whole city (a township officer: their own)";
    private static final String KNOWN_AT = "Only what was recorded by the end of this day (YYYY-MM-DD); "
            + "default everything recorded so far";

    private final QueryGateway queries;
    private final Clock haian;

    public ScorecardController(QueryGateway queries, Clock haian) {
        this.queries = queries;
        this.haian = haian;
    }

    @Operation(summary = "The scorecard: the 3 mechanisms, 4 modes and N channels, their headline figures and "
            + "coverage ratios")
    @GetMapping(produces = {APPLICATION_JSON_VALUE, Table.CSV, Table.XLSX})
    public Scorecard scorecard(@Parameter(description = TOWNSHIP) @RequestParam(required = false) @KnownTownship
                               String township,
                               @Parameter(description = "The end of this day (YYYY-MM-DD) in Hai'an; default today")
                               @RequestParam(required = false) @DateTimeFormat(iso = DATE) @InCountedDays
                               LocalDate asOf,
                               @Parameter(description = KNOWN_AT) @RequestParam(required = false)
                               @DateTimeFormat(iso = DATE) @InCountedDays LocalDate knownAt) {
        return queries.query(new ScorecardQuery(Actor.current().figuresScope(township), new PointInTime(asOf, knownAt)),
                        ResponseTypes.optionalInstanceOf(Scorecard.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "township: '" + township + "' is not a known township code"));
    }

    @Operation(summary = "The scorecard per month between two days: each month as of its last day")
    @GetMapping(path = "/series", produces = {APPLICATION_JSON_VALUE, Table.CSV, Table.XLSX})
    public ScorecardSeries series(@Parameter(description = "The first day (YYYY-MM-DD); default the first of the "
                                          + "month eleven months before to") @RequestParam(required = false)
                                  @DateTimeFormat(iso = DATE) @InCountedDays LocalDate from,
                                  @Parameter(description = "The last day (YYYY-MM-DD); default today")
                                  @RequestParam(required = false) @DateTimeFormat(iso = DATE) @InCountedDays
                                  LocalDate to,
                                  @Parameter(description = TOWNSHIP) @RequestParam(required = false) @KnownTownship
                                  String township,
                                  @Parameter(description = KNOWN_AT) @RequestParam(required = false)
                                  @DateTimeFormat(iso = DATE) @InCountedDays LocalDate knownAt) {
        LocalDate last = to != null ? to : LocalDate.now(haian);
        LocalDate first = from != null ? from : last.withDayOfMonth(1).minusMonths(11);
        if (last.isBefore(first)) {
            throw new CommandRefused(CommandRefused.Kind.INVALID, "to", "must not be before from (" + first + ")");
        }
        if (ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) >= MOST_MONTHS) {
            throw new CommandRefused(CommandRefused.Kind.INVALID, "from",
                    "a scorecard series spans at most " + MOST_MONTHS + " months");
        }
        return queries.query(new ScorecardSeriesQuery(first, last, Actor.current().figuresScope(township), knownAt), ScorecardSeries.class)
                .join();
    }
}
