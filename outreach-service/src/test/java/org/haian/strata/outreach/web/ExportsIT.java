package org.haian.strata.outreach.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haian.strata.platform.export.Table;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.platform.export.Exported.csv;
import static org.haian.strata.platform.export.Exported.xlsx;
import static org.haian.strata.testsupport.ServiceClient.READ_SIDE;

/**
 * Every outreach list as CSV ({@code Accept: text/csv}) and XLSX on the list's own path: the same records as the JSON
 * list, every page of them, the same filters and township rule, a column per field headed in Chinese and English, a
 * record's nested lists written as readable text, and no text that runs as a formula.
 */
@ServiceIT
class ExportsIT {

    private static final String ACTIVITIES = "/api/outreach/activities?category=FREELANCER&kind=SALON";

    @Autowired
    ServiceClient service;

    @Test
    void aTownshipOfficersExportHoldsEveryPageOfTheirTownshipsListAndNoFormula() throws IOException {
        Caller city = service.as("city-admin");
        long before = total(city, ACTIVITIES);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 101; i++) {
            organise(city, "libao", "Export salon %s %03d".formatted(run, i));
        }
        organise(city, "qutang", "=HYPERLINK(\"http://example.org\") " + run);
        await().atMost(READ_SIDE).until(() -> total(city, ACTIVITIES) == before + 102);

        Caller officer = service.as("officer-libao");
        List<CSVRecord> officers = csv(officer, ACTIVITIES);
        List<CSVRecord> everyone = csv(city, ACTIVITIES);

        assertThat(officers).hasSize((int) total(officer, ACTIVITIES)).hasSizeGreaterThan(100)
                .allSatisfy(row -> assertThat(row.get("区镇 township")).isEqualTo("libao"))
                .extracting(row -> row.get("标题 title")).filteredOn(title -> title.contains(run)).hasSize(101);
        assertThat(everyone).hasSize((int) total(city, ACTIVITIES)).extracting(row -> row.get("标题 title"))
                .contains("'=HYPERLINK(\"http://example.org\") " + run);
        officer.with("Accept", Table.CSV).get(ACTIVITIES + "&township=qutang").expectProblem(403);
    }

    @Test
    void csvAndXlsxHoldTheRecordsOfTheJsonListInItsOrder() throws IOException {
        Caller officer = service.as("officer-libao");
        organise(service.as("city-admin"), "libao", "Compared salon " + UUID.randomUUID());
        await().atMost(READ_SIDE).until(() -> total(officer, ACTIVITIES) > 0);

        List<String> json = new ArrayList<>();
        for (int page = 0; json.size() < total(officer, ACTIVITIES); page++) {
            officer.get(ACTIVITIES + "&size=100&page=" + page).json().path("items")
                    .forEach(item -> json.add(item.path("activityId").asText() + "|" + item.path("title").asText()
                            + "|" + item.path("heldOn").asText()));
        }
        List<String> csv = csv(officer, ACTIVITIES).stream()
                .map(row -> row.get("活动编号 activityId") + "|" + row.get("标题 title") + "|"
                        + row.get("举办日期 heldOn")).toList();
        List<String> xlsx = new ArrayList<>();
        try (XSSFWorkbook workbook = xlsx(officer, ACTIVITIES)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                xlsx.add(row.getCell(headers.indexOf("活动编号 activityId")).getStringCellValue() + "|"
                        + row.getCell(headers.indexOf("标题 title")).getStringCellValue() + "|"
                        + row.getCell(headers.indexOf("举办日期 heldOn")).getStringCellValue());
            }
        }

        assertThat(csv).isEqualTo(json);
        assertThat(xlsx).isEqualTo(json);
    }

    @Test
    void aSummarysFilingsAreWrittenAsReadableText() throws IOException {
        Caller city = service.as("city-admin");
        int year = ThreadLocalRandom.current().nextInt(2000, 2020);
        int status = city.post("/api/outreach/contact-summaries", """
                {"township":"libao","year":%d,"half":1,"narrative":"Nine firms visited"}""".formatted(year)).status();
        assertThat(status).isIn(201, 409);
        String list = "/api/outreach/contact-summaries?township=libao&year=" + year;
        await().atMost(READ_SIDE).until(() -> total(city, list) == 1);

        List<CSVRecord> rows = csv(city, list);

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("年度 year")).isEqualTo(String.valueOf(year));
            assertThat(row.get("报送 filings")).startsWith("filing: 1, periodEnd: " + year + "-06-30, figures: (")
                    .contains("visits: ").doesNotContain("Filing[");
        });
    }

    static List<String> lists() {
        return List.of("/api/outreach/visits", "/api/outreach/problems", "/api/outreach/activities",
                "/api/outreach/appraisals", "/api/outreach/address-books", "/api/outreach/opinion-forms",
                "/api/outreach/contact-summaries");
    }

    @ParameterizedTest
    @MethodSource("lists")
    void everyColumnIsHeadedInChineseAndEnglish(String list) throws IOException {
        try (XSSFWorkbook workbook = xlsx(service.as("city-admin"), list)) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getPhysicalNumberOfCells()).isPositive();
            header.forEach(cell -> assertThat(cell.getStringCellValue()).as(list).matches("\\p{IsHan}\\S* \\w+"));
        }
        HttpResponse<byte[]> csv = service.as("officer-libao").with("Accept", Table.CSV).download(list);
        assertThat(csv.statusCode()).as(list).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith(Table.CSV);
    }

    /** The lists are for the city and the townships' officers: an analyst or a cadre gets no row, personal or not. */
    @ParameterizedTest
    @MethodSource("lists")
    void anAnalystOrACadreExportsNothing(String list) {
        for (String type : new String[] {Table.CSV, Table.XLSX}) {
            for (String user : new String[] {"analyst", "cadre-libao"}) {
                HttpResponse<byte[]> answer = service.as(user).with("Accept", type).download(list);
                assertThat(answer.statusCode()).as(user + " " + type + " " + list).isEqualTo(403);
                assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                        .startsWith("application/problem+json");
                assertThat(answer.headers().firstValue("Content-Disposition")).isEmpty();
            }
        }
    }

    private static void organise(Caller caller, String township, String title) {
        caller.create("/api/outreach/activities", """
                {"township":"%s","category":"FREELANCER","kind":"SALON","title":"%s","heldOn":"2025-05-01",
                 "partnerUnits":[]}""".formatted(township, title.replace("\"", "\\\"")), "activityId");
    }

    private static long total(Caller caller, String list) {
        JsonNode page = caller.get(list + (list.contains("?") ? "&" : "?") + "size=1").expect(200).json();
        return page.path("total").asLong();
    }
}
