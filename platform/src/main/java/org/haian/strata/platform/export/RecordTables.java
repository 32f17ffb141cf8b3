package org.haian.strata.platform.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A list of a service's records as a {@link Table}: a column per component of the record the JSON list answers,
 * in its order, headed by the component's Chinese label ({@code export-labels.properties} of the platform and of
 * each service, {@code name=中文}) beside its name, so the export holds exactly what the list shows to that caller.
 */
public class RecordTables {

    private final Map<String, String> chinese;

    /** @param chinese the Chinese label of each component name */
    public RecordTables(Map<String, String> chinese) {
        this.chinese = Map.copyOf(chinese);
    }

    /** The records as a table; the stream is read as the table is written. */
    public <R extends Record> Table of(String name, Class<R> type, Stream<R> records) {
        RecordComponent[] components = type.getRecordComponents();
        List<Table.Column> columns = Arrays.stream(components)
                .map(component -> new Table.Column(chinese.getOrDefault(component.getName(), ""),
                        component.getName()))
                .toList();
        return new Table(name, columns, records.map(record -> Arrays.stream(components)
                .map(component -> value(component, record)).toList()));
    }

    /**
     * Every item of a paged query, page after page as they are written (one page in memory at a time), until a page
     * comes back empty.
     *
     * @param page the items of page {@code n}, counting from 0
     */
    public static <T> Stream<T> everyPage(IntFunction<List<T>> page) {
        return IntStream.iterate(0, n -> n + 1).mapToObj(page).takeWhile(items -> !items.isEmpty())
                .flatMap(List::stream);
    }

    /** Text, numbers and days as they are; an enum by its name; a list of values joined, as one cell. */
    private static Object value(RecordComponent component, Record record) {
        Object value;
        try {
            value = component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record, e);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return value instanceof Number || value == null ? value : value.toString();
    }
}
