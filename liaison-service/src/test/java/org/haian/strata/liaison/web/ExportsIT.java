package org.haian.strata.liaison.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

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
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.haian.strata.platform.export.Exported.csv;
import static org.haian.strata.testsupport.ServiceClient.READ_SIDE;

/**
 * Every list as CSV ({@code Accept: text/csv}) and XLSX: the same records as the JSON list, every page of them, the
 * same township rule, a column per field headed in Chinese and English, and no text that runs as a formula.
 */
@ServiceIT
class ExportsIT {

    @Autowired
    ServiceClient service;

    @Test
    void aTownshipOfficersExportHoldsEveryPageOfTheirTownshipsSearchAndNoFormula() throws IOException {
        Caller city = service.as("city-admin");
        String organisation = "Export Studio " + UUID.randomUUID();
        for (int i = 0; i < 101; i++) {
            city.create("/api/liaison/people", """
                    {"name":"Export %03d","category":"NEW_MEDIA","township":"libao","organisation":"%s"}"""
                    .formatted(i, organisation), "personId");
        }
        city.create("/api/liaison/people", """
                {"name":"=HYPERLINK(\\"http://example.org\\")","category":"NEW_MEDIA","township":"qutang",
                 "organisation":"%s"}""".formatted(organisation), "personId");
        String search = "/api/liaison/people?organisation=" + organisation.replace(" ", "%20");
        await().atMost(READ_SIDE).until(() -> city.get(search).json().path("total").asLong() == 102);

        List<CSVRecord> officers = csv(service.as("officer-libao"), search);
        List<CSVRecord> everyone = csv(service.as("city-admin"), search);

        assertThat(officers).hasSize(101).allSatisfy(row -> assertThat(row.get("区镇 township")).isEqualTo("libao"));
        assertThat(officers.get(0).get("名称 name")).isEqualTo("Export 000");
        assertThat(everyone).hasSize(102).extracting(row -> row.get("名称 name"))
                .contains("'=HYPERLINK(\"http://example.org\")");
        service.as("officer-libao").with("Accept", Table.CSV).get(search + "&township=qutang").expectProblem(403);
        service.as("analyst").with("Accept", Table.CSV).get(search).expectProblem(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/liaison/people", "/api/liaison/organisations", "/api/liaison/bases",
            "/api/liaison/cadres"})
    void everyColumnIsHeadedInChineseAndEnglish(String list) throws IOException {
        HttpResponse<byte[]> xlsx = service.as("city-admin").with("Accept", Table.XLSX).download(list);

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            assertThat(header.getPhysicalNumberOfCells()).isPositive();
            header.forEach(cell -> assertThat(cell.getStringCellValue()).as(list).matches("\\S+ \\S+"));
        }
    }

    @Test
    void theMembersExportListsWhomTheMembersListShows() throws IOException {
        Caller city = service.as("city-admin");
        String association = city.create("/api/liaison/associations", "{\"name\":\"Export association\"}",
                "associationId");
        String person = city.create("/api/liaison/people",
                "{\"name\":\"Member Lu\",\"category\":\"FREELANCER\",\"township\":\"libao\"}", "personId");
        service.awaitReadable("city-admin", "/api/liaison/people/" + person);
        String members = "/api/liaison/associations/" + association + "/members";
        city.post(members, "{\"personId\":\"" + person + "\"}").expect(201);
        await().atMost(READ_SIDE).until(() -> city.get(members).json().size() == 1);

        HttpResponse<byte[]> xlsx = city.with("Accept", Table.XLSX).download(members);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(person);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Member Lu");
        }
    }
}
