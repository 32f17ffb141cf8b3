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

    /**
     * Text, numbers and days as they are; an enum by its name; a list, a map or a nested record as one readable
     * cell (see {@link #text}).
     */
    private static Object value(RecordComponent component, Record record) {
        Object value = read(component, record);
        return value instanceof Number || value == null ? value : text(value);
    }

    /**
     * A value as one cell's text: a list of values joined by {@code "; "}, a list of records one record a line, a
     * record or a map as {@code name: value} pairs joined by {@code ", "} (a record's empty fields left out), and a
     * list, map or record inside another in parentheses, so that a record's appeals, returns or filings read as
     * what they are rather than as Java's {@code toString}.
     */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Record nested) {
            return Arrays.stream(nested.getClass().getRecordComponents())
                    .filter(component -> read(component, nested) != null)
                    .map(component -> component.getName() + ": " + inner(read(component, nested)))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> entries) {
            return entries.entrySet().stream().map(entry -> entry.getKey() + ": " + inner(entry.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> items) {
            boolean records = !items.isEmpty() && items.stream().allMatch(Record.class::isInstance);
            return items.stream().map(records ? RecordTables::text : RecordTables::inner)
                    .collect(Collectors.joining(records ? "\n" : "; "));
        }
        return String.valueOf(value);
    }

    private static String inner(Object value) {
        boolean composite = value instanceof Record || value instanceof Map || value instanceof Collection;
        return composite ? "(" + text(value) + ")" : text(value);
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record, e);
        }
    }
}
