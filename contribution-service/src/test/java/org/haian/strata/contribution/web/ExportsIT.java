package org.haian.strata.contribution.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
 * Every contribution list as CSV ({@code Accept: text/csv}) and XLSX on the list's own path: the same records as the
 * JSON list, every page of them, the same filters and township rule, a column per field headed in Chinese and
 * English, and no text that runs as a formula.
 */
@ServiceIT
class ExportsIT {

    private static final String VILLAGES = "/api/contribution/villages?kind=VILLAGE";

    @Autowired
    ServiceClient service;

    @Test
    void aTownshipOfficersExportHoldsEveryPageOfTheirTownshipsListAndNoFormula() throws IOException {
        Caller city = service.as("city-admin");
        long before = total(city, VILLAGES);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 101; i++) {
            register(city, "libao", "Export village %s %03d".formatted(run, i));
        }
        register(city, "qutang", "=HYPERLINK(\"http://example.org\") " + run);
        await().atMost(READ_SIDE).until(() -> total(city, VILLAGES) == before + 102);

        Caller officer = service.as("officer-libao");
        List<CSVRecord> officers = csv(officer, VILLAGES);
        List<CSVRecord> everyone = csv(city, VILLAGES);

        assertThat(officers).hasSize((int) total(officer, VILLAGES)).hasSizeGreaterThan(100)
                .allSatisfy(row -> assertThat(row.get("区镇 township")).isEqualTo("libao"))
                .extracting(row -> row.get("名称 name")).filteredOn(name -> name.contains(run)).hasSize(101);
        assertThat(everyone).hasSize((int) total(city, VILLAGES)).extracting(row -> row.get("名称 name"))
                .contains("'=HYPERLINK(\"http://example.org\") " + run);
        officer.with("Accept", Table.CSV).get(VILLAGES + "&township=qutang").expectProblem(403);
    }

    @Test
    void csvAndXlsxHoldTheRecordsOfTheJsonListInItsOrder() throws IOException {
        Caller officer = service.as("officer-libao");
        register(service.as("city-admin"), "libao", "Compared village " + UUID.randomUUID());
        await().atMost(READ_SIDE).until(() -> total(officer, VILLAGES) > 0);

        List<String> json = new ArrayList<>();
        for (int page = 0; json.size() < total(officer, VILLAGES); page++) {
            officer.get(VILLAGES + "&size=100&page=" + page).json().path("items")
                    .forEach(item -> json.add(item.path("villageId").asText() + "|" + item.path("name").asText()
                            + "|" + item.path("kind").asText()));
        }
        List<String> csv = csv(officer, VILLAGES).stream()
                .map(row -> row.get("村居编号 villageId") + "|" + row.get("名称 name") + "|"
                        + row.get("类型 kind")).toList();
        List<String> xlsx = new ArrayList<>();
        try (XSSFWorkbook workbook = xlsx(officer, VILLAGES)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                xlsx.add(row.getCell(headers.indexOf("村居编号 villageId")).getStringCellValue() + "|"
                        + row.getCell(headers.indexOf("名称 name")).getStringCellValue() + "|"
                        + row.getCell(headers.indexOf("类型 kind")).getStringCellValue());
            }
        }

        assertThat(csv).isEqualTo(json);
        assertThat(xlsx).isEqualTo(json);
    }

    @Test
    void aCityListHoldsEveryTownshipsRecordsForAnOfficerAsItsJsonDoes() throws IOException {
        String title = "Export topic " + UUID.randomUUID();
        service.as("city-admin").create("/api/contribution/research",
                "{\"title\":\"%s\",\"category\":\"FREELANCER\"}".formatted(title), "topicId");
        String list = "/api/contribution/research?category=FREELANCER";
        Caller officer = service.as("officer-libao");
        await().atMost(READ_SIDE).until(() -> officer.get(list + "&size=100").json().path("items")
                .findValuesAsText("title").contains(title));

        assertThat(csv(officer, list)).hasSize((int) total(officer, list))
                .extracting(row -> row.get("标题 title")).contains(title);
    }

    static List<String> lists() {
        return List.of("/api/contribution/suggestions", "/api/contribution/meetings", "/api/contribution/research",
                "/api/contribution/villages", "/api/contribution/consultations", "/api/contribution/activities");
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

    private static void register(Caller caller, String township, String name) {
        caller.create("/api/contribution/villages", """
                {"township":"%s","name":"%s","kind":"VILLAGE"}""".formatted(township, name.replace("\"", "\\\"")),
                "villageId");
    }

    private static long total(Caller caller, String list) {
        JsonNode page = caller.get(list + (list.contains("?") ? "&" : "?") + "size=1").expect(200).json();
        return page.path("total").asLong();
    }
}
