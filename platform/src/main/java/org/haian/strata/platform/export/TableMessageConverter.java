package org.haian.strata.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link Table} as CSV (UTF-8 with a byte-order mark, which spreadsheet programs need to read Chinese) or
 * as an XLSX workbook, streamed row by row (POI's SXSSF keeps a window of rows in memory, not the sheet), as a
 * download named after the table.
 *
 * <p>A text that a spreadsheet program would run as a formula (one that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return: a name or a note typed by anyone) is written with a leading
 * apostrophe in CSV, as OWASP advises against CSV injection; in a workbook every text is a text cell, which is
 * never evaluated, and keeps the same apostrophe so that a copy saved again as CSV stays harmless.
 */
public class TableMessageConverter extends AbstractHttpMessageConverter<Table> {

    /** Rows SXSSF keeps in memory before it flushes them to its temporary file. */
    private static final int ROWS_IN_MEMORY = 200;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public TableMessageConverter() {
        super(Table.CSV_TYPE, Table.XLSX_TYPE);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return Table.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(org.springframework.http.MediaType mediaType) {
        return false;
    }

    @Override
    protected Table readInternal(Class<? extends Table> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("A table is only written", input);
    }

    @Override
    protected void writeInternal(Table table, HttpOutputMessage output) throws IOException {
        boolean workbook = Table.XLSX_TYPE.isCompatibleWith(output.getHeaders().getContentType());
        output.getHeaders().setContentDisposition(ContentDisposition.attachment()
                .filename(table.name() + (workbook ? ".xlsx" : ".csv"), StandardCharsets.UTF_8).build());
        try (Stream<? extends List<?>> rows = table.rows()) {
            if (workbook) {
                writeWorkbook(table, rows.iterator(), output.getBody());
            } else {
                writeCsv(table, rows.iterator(), output.getBody());
            }
        }
    }

    private static void writeCsv(Table table, Iterator<? extends List<?>> rows, OutputStream body)
            throws IOException {
        body.write(BYTE_ORDER_MARK);
        Writer text = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180);
        csv.printRecord(table.columns().stream().map(Table.Column::header));
        while (rows.hasNext()) {
            csv.printRecord(rows.next().stream().map(TableMessageConverter::cell));
        }
        csv.flush();
    }

    private static void writeWorkbook(Table table, Iterator<? extends List<?>> rows, OutputStream body)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                header.createCell(i).setCellValue(table.columns().get(i).header());
                header.getCell(i).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int next = 1;
            while (rows.hasNext()) {
                List<?> values = rows.next();
                Row row = sheet.createRow(next++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(cell(value));
                    }
                }
            }
            workbook.write(body);
        } finally {
            workbook.close();
        }
    }

    /** A value as text: a number or a day as written, a text neutralised if it would run as a formula. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof TemporalAccessor) {
            return value.toString();
        }
        String text = value.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
