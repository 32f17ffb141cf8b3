package org.haian.strata.analytics.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.analytics.api.CategoryStatistics;
import org.haian.strata.analytics.api.CityStatistics;
import org.haian.strata.analytics.api.FigureCatalogueQuery;
import org.haian.strata.analytics.api.FigureDefinition;
import org.haian.strata.analytics.api.FigureSeries;
import org.haian.strata.analytics.api.PointInTime;
import org.haian.strata.analytics.api.Scorecard;
import org.haian.strata.analytics.api.ScorecardQuery;
import org.haian.strata.analytics.api.ScorecardSeries;
import org.haian.strata.analytics.api.TownshipName;
import org.haian.strata.analytics.api.TownshipStatistics;
import org.haian.strata.analytics.api.TownshipsQuery;
import org.haian.strata.platform.export.Table.Column;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.export.TableMessageConverter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;

/**
 * The figures views as exports ({@code Accept: text/csv} or the XLSX type): the very answer the JSON is written
 * from, one row per township, category and figure (a "long" table, which a spreadsheet pivots any way), with the
 * figure's Chinese and English labels and the day the figures are as of. A series adds the month. What the city
 * counts above the townships (the joint conference's member units) has no township code; what no category divides
 * (a township's villages) is in its township's rows of category {@value #ALL_CATEGORIES}. The scorecard is a row per
 * headline and coverage ratio, its series a row per month and each of them.
 */
@Component
public class FigureTables extends AbstractHttpMessageConverter<Object> {

    static final String ALL_CATEGORIES = "ALL";
    private static final List<Column> CELL = List.of(new Column("区镇代码", "Township code"),
            new Column("区镇", "Township"), new Column("类别", "Category"));
    private static final List<Column> FIGURE = List.of(new Column("指标代码", "Figure code"),
            new Column("指标", "Figure"), new Column("指标英文名", "Figure in English"), new Column("数值", "Value"));
    private static final Column AS_OF = new Column("截至", "As of");
    private static final Column KNOWN_AT = new Column("已知截至", "Known at");
    private static final Column MONTH = new Column("月份", "Month");
    private static final Column PART = new Column("部分", "Part");
    private static final Column ITEM = new Column("项目", "Item");
    private static final Column ITEM_ENGLISH = new Column("项目英文名", "Item in English");
    private static final Column WHOLE = new Column("总数", "Whole");
    private static final Column RATIO = new Column("比率", "Ratio");
    private static final String CITY_LEVEL = "市级";

    private final QueryGateway queries;
    private final TableMessageConverter tables = new TableMessageConverter();

    public FigureTables(QueryGateway queries) {
        super(Table.CSV_TYPE, Table.XLSX_TYPE);
        this.queries = queries;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return TownshipStatistics.class == type || CategoryStatistics.class == type || CityStatistics.class == type
                || FigureSeries.class == type || Scorecard.class == type || ScorecardSeries.class == type;
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected Object readInternal(Class<?> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Figures are only written", input);
    }

    @Override
    protected void writeInternal(Object answer, HttpOutputMessage output) throws IOException {
        tables.write(table(answer), output.getHeaders().getContentType(), output);
    }

    Table table(Object answer) {
        Labels labels = labels();
        List<List<?>> rows = new ArrayList<>();
        if (answer instanceof TownshipStatistics township) {
            figures(rows, labels, township.township(), ALL_CATEGORIES, township.figures(), township.asOf(),
                    township.knownAt());
            township.byCategory().forEach((category, figures) -> figures(rows, labels, township.township(),
                    category.name(), figures, township.asOf(), township.knownAt()));
            return new Table("figures-" + township.township() + "-" + township.asOf(), columns(), rows.stream());
        }
        if (answer instanceof CategoryStatistics category) {
            category.byTownship().forEach((township, figures) -> figures(rows, labels, township,
                    category.category().name(), figures, category.asOf(), category.knownAt()));
            return new Table("figures-" + category.category() + "-" + category.asOf(), columns(), rows.stream());
        }
        if (answer instanceof CityStatistics city) {
            city.byTownshipAndCategory().forEach((township, categories) -> categories.forEach((category, figures) ->
                    figures(rows, labels, township, category.name(), figures, city.asOf(), city.knownAt())));
            city.byTownship().forEach((township, figures) -> figures(rows, labels, township, ALL_CATEGORIES,
                    townshipWide(labels, figures), city.asOf(), city.knownAt()));
            city.cityLevel().forEach((category, figures) -> figures(rows, labels, null, category.name(), figures,
                    city.asOf(), city.knownAt()));
            return new Table("figures-city-" + city.asOf(), columns(), rows.stream());
        }
        if (answer instanceof Scorecard scorecard) {
            return scorecard(scorecard, labels);
        }
        if (answer instanceof ScorecardSeries series) {
            return scorecardSeries(series, labels);
        }
        FigureSeries series = (FigureSeries) answer;
        String category = series.category() == null ? ALL_CATEGORIES : series.category().name();
        for (FigureSeries.Month month : series.months()) {
            month.figures().forEach((figure, value) -> {
                List<Object> row = new ArrayList<>(cell(labels, series.township(), category));
                row.add(month.month().toString());
                row.addAll(figure(labels, figure, value));
                row.add(series.knownAt());
                rows.add(row);
            });
        }
        List<Column> columns = new ArrayList<>(CELL);
        columns.add(MONTH);
        columns.addAll(FIGURE);
        columns.add(KNOWN_AT);
        return new Table("series-" + (series.township() == null ? "city" : series.township()) + "-" + category
                + "-" + series.from() + "-" + series.to(), columns, rows.stream());
    }

    /** One row per headline and per coverage ratio, in the scorecard's order. */
    private static Table scorecard(Scorecard scorecard, Labels labels) {
        List<List<?>> rows = new ArrayList<>();
        for (Scorecard.Part part : scorecard.parts()) {
            for (Scorecard.Item item : part.items()) {
                List<Object> at = new ArrayList<>(cell(labels, scorecard.township(), item.category() == null
                        ? ALL_CATEGORIES : item.category().name()));
                at.set(1, scorecard.name());
                at.addAll(List.of(part.part(), item.chinese(), item.english()));
                item.headlines().forEach(headline -> rows.add(row(at, headline.key(), headline.chinese(),
                        headline.english(), headline.value(), null, null, scorecard.asOf(), scorecard.knownAt())));
                item.coverage().forEach(share -> rows.add(row(at, share.key(), share.chinese(), share.english(),
                        share.partValue(), share.wholeValue(), share.ratio(), scorecard.asOf(), scorecard.knownAt())));
            }
        }
        List<Column> columns = new ArrayList<>(CELL);
        columns.addAll(List.of(PART, ITEM, ITEM_ENGLISH));
        columns.addAll(FIGURE);
        columns.addAll(List.of(WHOLE, RATIO, AS_OF, KNOWN_AT));
        return new Table("scorecard-" + (scorecard.township() == null ? "city" : scorecard.township()) + "-"
                + scorecard.asOf(), columns, rows.stream());
    }

    /** One row per month and headline or coverage ratio, labelled as the scorecard labels them. */
    private Table scorecardSeries(ScorecardSeries series, Labels labels) {
        Map<String, List<String>> named = new LinkedHashMap<>();
        queries.query(new ScorecardQuery(series.township(), PointInTime.NOW),
                ResponseTypes.optionalInstanceOf(Scorecard.class)).join().ifPresent(card -> card.parts().stream()
                .flatMap(part -> part.items().stream()).forEach(item -> {
                    item.headlines().forEach(h -> named.put(h.key(), List.of(h.chinese(), h.english())));
                    item.coverage().forEach(c -> named.put(c.key(), List.of(c.chinese(), c.english())));
                }));
        List<List<?>> rows = new ArrayList<>();
        List<Object> township = cell(labels, series.township(), ALL_CATEGORIES);
        for (ScorecardSeries.Month month : series.months()) {
            List<Object> at = new ArrayList<>(township);
            at.add(month.month().toString());
            month.figures().forEach((key, value) -> rows.add(row(at, key, label(named, key, 0), label(named, key, 1),
                    value, null, null, series.knownAt())));
            month.coverage().forEach((key, ratio) -> rows.add(row(at, key, label(named, key, 0),
                    label(named, key, 1), null, null, ratio, series.knownAt())));
        }
        List<Column> columns = new ArrayList<>(CELL);
        columns.add(MONTH);
        columns.addAll(FIGURE);
        columns.addAll(List.of(WHOLE, RATIO, KNOWN_AT));
        return new Table("scorecard-series-" + (series.township() == null ? "city" : series.township()) + "-"
                + series.from() + "-" + series.to(), columns, rows.stream());
    }

    private static String label(Map<String, List<String>> named, String key, int language) {
        List<String> labels = named.get(key);
        return labels == null ? null : labels.get(language);
    }

    private static List<Object> row(List<Object> start, Object... rest) {
        List<Object> row = new ArrayList<>(start);
        row.addAll(Arrays.asList(rest));
        return row;
    }

    /** The figures no category divides, which a township's rows per category leave out. */
    private static Map<String, Long> townshipWide(Labels labels, Map<String, Long> figures) {
        Map<String, Long> wide = new LinkedHashMap<>();
        figures.forEach((figure, value) -> {
            FigureDefinition definition = labels.figures().get(figure);
            if (definition != null && !definition.byCategory()) {
                wide.put(figure, value);
            }
        });
        return wide;
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>(CELL);
        columns.addAll(FIGURE);
        columns.add(AS_OF);
        columns.add(KNOWN_AT);
        return columns;
    }

    private static void figures(List<List<?>> rows, Labels labels, String township, String category,
                                Map<String, Long> figures, LocalDate asOf, LocalDate knownAt) {
        figures.forEach((figure, value) -> {
            List<Object> row = new ArrayList<>(cell(labels, township, category));
            row.addAll(figure(labels, figure, value));
            row.add(asOf);
            row.add(knownAt);
            rows.add(row);
        });
    }

    private static List<Object> cell(Labels labels, String township, String category) {
        return Arrays.asList(township, township == null ? CITY_LEVEL : labels.townships().getOrDefault(township,
                township), category);
    }

    private static List<Object> figure(Labels labels, String figure, Long value) {
        FigureDefinition definition = labels.figures().get(figure);
        return Arrays.asList(figure, definition == null ? null : definition.chinese(),
                definition == null ? null : definition.english(), value);
    }

    private Labels labels() {
        Map<String, FigureDefinition> figures = queries.query(new FigureCatalogueQuery(),
                        ResponseTypes.multipleInstancesOf(FigureDefinition.class)).join().stream()
                .collect(Collectors.toMap(FigureDefinition::figure, Function.identity()));
        Map<String, String> townships = queries.query(new TownshipsQuery(),
                        ResponseTypes.multipleInstancesOf(TownshipName.class)).join().stream()
                .collect(Collectors.toMap(TownshipName::code, TownshipName::name));
        return new Labels(figures, townships);
    }

    private record Labels(Map<String, FigureDefinition> figures, Map<String, String> townships) {
    }
}
