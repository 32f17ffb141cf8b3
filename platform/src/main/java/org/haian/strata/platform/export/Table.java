package org.haian.strata.platform.export;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.http.MediaType;

/**
 * A list or a figures view as an export: named columns, rows of values in the columns' order (text, numbers, days;
 * {@code null} for none). Written as CSV or as an XLSX workbook by {@link TableMessageConverter} when a client asks
 * for {@value #CSV} or {@value #XLSX}, from the same query the JSON answer comes from, so a figure is the same in
 * both. The rows are read once, as they are written, so a long list is never held whole.
 *
 * @param name    the file name a download gets, without its extension
 */
public record Table(String name, List<Column> columns, Stream<? extends List<?>> rows) {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType CSV_TYPE = MediaType.parseMediaType(CSV);
    public static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);

    /**
     * A column, headed by its Chinese name with the English one beside it ({@code 区镇 Township}), so that the file
     * reads for the city's staff and for an outside analyst alike.
     */
    public record Column(String chinese, String english) {

        /** Both names, or the English one alone where no Chinese label is given. */
        public String header() {
            return chinese.isEmpty() ? english : chinese + " " + english;
        }
    }
}
