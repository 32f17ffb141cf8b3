package org.haian.strata.analytics.projection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.axonframework.queryhandling.QueryHandler;
import org.haian.strata.analytics.api.Scorecard;
import org.haian.strata.analytics.api.ScorecardQuery;
import org.haian.strata.analytics.api.ScorecardSeries;
import org.haian.strata.analytics.api.ScorecardSeriesQuery;
import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.FigureValues;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.analytics.figures.ScorecardLayout;
import org.haian.strata.platform.township.Townships;
import org.springframework.stereotype.Component;

/**
 * The "3+4+N" scorecard, worked out from the same reading of the cells as every other figures answer
 * ({@link FigureValues}), laid out by {@link ScorecardLayout}: a township's scorecard sums its own cells, the city's
 * every cell, the city's own (the joint conference's) included.
 */
@Component
public class ScorecardQueryHandler {

    static final String CITY = "海安市";

    private final ReadSide readSide;
    private final Townships townships;
    private final Clock clock;

    public ScorecardQueryHandler(ReadSide readSide, Townships townships, Clock clock) {
        this.readSide = readSide;
        this.townships = townships;
        this.clock = clock;
    }

    @QueryHandler
    public Optional<Scorecard> handle(ScorecardQuery query) {
        if (query.township() != null && !townships.isKnown(query.township())) {
            return Optional.empty();
        }
        LocalDate asOf = query.at().asOf() != null ? query.at().asOf() : LocalDate.now(clock);
        FigureValues values = readSide.valuesAsOf(asOf, query.at().knownAt());
        Predicate<Cell> scope = scope(query.township());
        List<Scorecard.Part> parts = ScorecardLayout.PARTS.stream().map(part -> new Scorecard.Part(part.part(),
                part.chinese(), part.english(), part.items().stream().map(item -> new Scorecard.Item(item.item(),
                        item.chinese(), item.english(), item.category(),
                        item.headlines().stream().map(headline -> new Scorecard.Headline(headline.key(),
                                headline.figure().name(), headline.category(), headline.chinese(), headline.english(),
                                value(values, scope, headline))).toList(),
                        item.coverage().stream().map(coverage -> coverage(values, scope, coverage)).toList()))
                        .toList())).toList();
        String name = query.township() == null ? CITY : townships.getTownships().get(query.township());
        return Optional.of(new Scorecard(query.township(), name, asOf, query.at().knownAt(), parts,
                readSide.catchingUp()));
    }

    @QueryHandler
    public ScorecardSeries handle(ScorecardSeriesQuery query) {
        Predicate<Cell> scope = scope(query.township());
        List<ScorecardSeries.Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(query.from()); !month.isAfter(YearMonth.from(query.to()));
             month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth().isBefore(query.to()) ? month.atEndOfMonth() : query.to();
            FigureValues values = readSide.valuesAsOf(end, query.knownAt());
            Map<String, Long> figures = new LinkedHashMap<>();
            Map<String, Double> coverage = new LinkedHashMap<>();
            for (ScorecardLayout.Part part : ScorecardLayout.PARTS) {
                for (ScorecardLayout.Item item : part.items()) {
                    item.headlines().forEach(headline -> figures.put(headline.key(), value(values, scope, headline)));
                    item.coverage().forEach(share -> coverage.put(share.key(),
                            coverage(values, scope, share).ratio()));
                }
            }
            months.add(new ScorecardSeries.Month(month, figures, coverage));
        }
        return new ScorecardSeries(query.from(), query.to(), query.township(), query.knownAt(), months,
                readSide.catchingUp());
    }

    private static Predicate<Cell> scope(String township) {
        return township == null ? cell -> true : cell -> cell.township().equals(township);
    }

    private static Long value(FigureValues values, Predicate<Cell> scope, ScorecardLayout.Headline headline) {
        return values.sum(headline.figure().name(), headline.category() == null ? scope
                : scope.and(cell -> cell.category() == headline.category()));
    }

    private static Scorecard.Coverage coverage(FigureValues values, Predicate<Cell> scope,
                                               ScorecardLayout.Coverage coverage) {
        Long part = value(values, scope, coverage.part());
        Long whole = value(values, scope, coverage.whole());
        Double ratio = part == null || whole == null || whole == 0 ? null
                : Math.round(part * 10_000.0 / whole) / 10_000.0;
        return new Scorecard.Coverage(coverage.key(), coverage.chinese(), coverage.english(),
                coverage.part().figure().name(), coverage.whole().figure().name(), part, whole, ratio);
    }
}
