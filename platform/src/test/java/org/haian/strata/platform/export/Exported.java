package org.haian.strata.platform.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haian.strata.testsupport.Caller;

import static org.assertj.core.api.Assertions.assertThat;

/** A list's export as a client downloads it, read back, for tests that hold it to the JSON list it comes from. */
public final class Exported {

    private Exported() {
    }

    /** The CSV's rows by their headers; it must be a 200 and start with the BOM spreadsheets need for UTF-8. */
    public static List<CSVRecord> csv(Caller caller, String path) throws IOException {
        HttpResponse<byte[]> answer = caller.with("Accept", Table.CSV).download(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    /** The workbook; it must be a 200 named as an XLSX download. */
    public static XSSFWorkbook xlsx(Caller caller, String path) throws IOException {
        HttpResponse<byte[]> answer = caller.with("Accept", Table.XLSX).download(path);
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        return new XSSFWorkbook(new ByteArrayInputStream(answer.body()));
    }
}
