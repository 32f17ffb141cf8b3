package org.haian.strata.analytics.projection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.queryhandling.QueryHandler;
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
import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.analytics.engine.FigureValues;
import org.haian.strata.analytics.engine.ReadSide;
import org.haian.strata.contract.Category;
import org.haian.strata.platform.township.Townships;
import org.springframework.stereotype.Component;

/**
 * Every figures answer, summed from one reading of the cells ({@link FigureValues}): a township's total and its
 * categories, a category's total and its townships, the city's totals, all from the same values, so they agree.
 */
@Component
public class FiguresQueryHandler {

    private final ReadSide readSide;
    private final Townships townships;
    private final Clock clock;

    public FiguresQueryHandler(ReadSide readSide, Townships townships, Clock clock) {
        this.readSide = readSide;
        this.townships = townships;
        this.clock = clock;
    }

    @QueryHandler
    public Optional<TownshipStatistics> handle(TownshipStatisticsQuery query) {
        if (!townships.isKnown(query.township())) {
            return Optional.empty();
        }
        LocalDate asOf = asOf(query.at());
        FigureValues values = readSide.valuesAsOf(asOf, query.at().knownAt());
        Map<Category, Map<String, Long>> byCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            byCategory.put(category, values.of(new Cell(query.township(), category)));
        }
        return Optional.of(new TownshipStatistics(query.township(), townships.getTownships().get(query.township()),
                values.sum(cell -> cell.township().equals(query.township())), byCategory, asOf,
                query.at().knownAt(), readSide.catchingUp()));
    }

    @QueryHandler
    public CategoryStatistics handle(CategoryStatisticsQuery query) {
        LocalDate asOf = asOf(query.at());
        FigureValues values = readSide.valuesAsOf(asOf, query.at().knownAt());
        Category category = query.category();
        Map<String, Map<String, Long>> byTownship = new LinkedHashMap<>();
        Map<String, Long> total;
        if (query.township() == null) {
            shownTownships(values).forEach(township ->
                    byTownship.put(township, values.of(new Cell(township, category))));
            total = values.sum(cell -> cell.category() == category);
        } else {
            total = values.of(new Cell(query.township(), category));
            byTownship.put(query.township(), total);
        }
        return new CategoryStatistics(category, total, byTownship, asOf, query.at().knownAt(),
                readSide.catchingUp());
    }

    @QueryHandler
    public CityStatistics handle(CityStatisticsQuery query) {
        LocalDate asOf = asOf(query.at());
        FigureValues values = readSide.valuesAsOf(asOf, query.at().knownAt());
        Map<String, Map<String, Long>> byTownship = new LinkedHashMap<>();
        Map<String, Map<Category, Map<String, Long>>> byTownshipAndCategory = new LinkedHashMap<>();
        for (String township : shownTownships(values)) {
            byTownship.put(township, values.sum(cell -> cell.township().equals(township)));
            Map<Category, Map<String, Long>> cells = new LinkedHashMap<>();
            for (Category category : Category.values()) {
                cells.put(category, values.of(new Cell(township, category)));
            }
            byTownshipAndCategory.put(township, cells);
        }
        Map<Category, Map<String, Long>> byCategory = new LinkedHashMap<>();
        Map<Category, Map<String, Long>> cityLevel = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            byCategory.put(category, values.sum(cell -> cell.category() == category));
            cityLevel.put(category, values.of(Cell.cityLevel(category)));
        }
        return new CityStatistics(asOf, query.at().knownAt(), values.sum(cell -> true), byTownship, byCategory,
                byTownshipAndCategory, cityLevel, readSide.catchingUp());
    }

    @QueryHandler
    public FigureSeries handle(FigureSeriesQuery query) {
        List<FigureSeries.Month> months = readSide.series(query.from(), query.to(), query.knownAt(),
                cell -> (query.township() == null || cell.township().equals(query.township()))
                        && (query.category() == null || cell.category() == query.category()));
        return new FigureSeries(query.from(), query.to(), query.township(), query.category(), query.knownAt(), months,
                readSide.catchingUp());
    }

    @QueryHandler
    public List<TownshipName> handle(TownshipsQuery query) {
        return townships.getTownships().entrySet().stream()
                .map(township -> new TownshipName(township.getKey(), township.getValue())).toList();
    }

    @QueryHandler
    public List<FigureDefinition> handle(FigureCatalogueQuery query) {
        return readSide.sources().stream().flatMap(source -> source.figures().stream()
                .map(figure -> new FigureDefinition(figure.name(), figure.kind().name(), figure.chinese(),
                        figure.english(), source.name(), figure.byCategory()))).toList();
    }

    private LocalDate asOf(PointInTime at) {
        return at.asOf() != null ? at.asOf() : LocalDate.now(clock);
    }

    /** Every configured township, and any other an event named (so that the totals still add up). */
    private Set<String> shownTownships(FigureValues values) {
        Set<String> shown = new LinkedHashSet<>(townships.codes());
        values.cells().stream().map(Cell::township).filter(township -> !Cell.CITY.equals(township))
                .sorted().forEach(shown::add);
        return shown;
    }
}
