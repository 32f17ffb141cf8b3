package org.haian.strata.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A township's spreadsheets imported through the gateway and undone (批量导入与撤销): 2,000 people (the size of the
 * city's whole registry) and a workbook of organisations reach liaison's lists and analytics' figures, and once both
 * imports are undone every list and every figure is what it was before them. Other tests count in the same suite, so
 * this one compares before and after, in two townships no other test writes to. How long the import took is printed,
 * never asserted; {@code ImportThroughput} in the benchmarks measures larger imports on a suite of their own.
 */
@ExtendWith(SuiteExtension.class)
class ImportIT {

    private static final List<String> TOWNSHIPS = List.of("sunzhuang-subdistrict", "hi-tech-zone");
    private static final List<String> CATEGORIES = List.of("ENTERPRISE_STAFF", "NEW_MEDIA", "INTERMEDIARY",
            "FREELANCER");
    private static final String IMPORTS = "/api/liaison/imports";
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    /**
     * A list's total is a scan of the collection on the MongoDB-wire server (about 0.4 s at 10,000 documents,
     * docs/BENCHMARKS.md); polled every 100 ms, four of them kept the server from the projections' writes they wait
     * for.
     */
    private static final Duration LISTS_POLL = Duration.ofSeconds(2);
    private static final int PEOPLE = 2_000;

    @Test
    void anImportReachesEveryListAndFigureAndItsUndoTakesItAllBack(Suite suite) {
        Caller city = suite.api().as("city-admin");
        Caller analyst = suite.api().as("analyst");
        suite.awaitSettled();
        Map<String, Long> figuresBefore = everyFigure(analyst);
        Map<String, Long> listsBefore = lists(city);
        String run = UUID.randomUUID().toString().substring(0, 8);

        long started = System.nanoTime();
        Reply people = city.upload(IMPORTS + "?kind=people", "text/csv", people(run));
        people.expect(202);
        String peopleBatch = people.json().path("batchId").asText();
        JsonNode imported = finished(city, peopleBatch, "DONE");
        long registeredAfter = System.nanoTime();
        assertThat(imported.at("/progress/registered").asInt()).isEqualTo(PEOPLE);
        assertThat(imported.at("/progress/errors").asInt()).isZero();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() ->
                everyFigure(analyst).get("people") - figuresBefore.get("people") == PEOPLE);
        long countedAfter = System.nanoTime();
        System.out.printf("ImportIT: %d people registered in %.1f s (%.0f rows/s) and in analytics' figures "
                        + "%.1f s after the upload%n", PEOPLE, (registeredAfter - started) / 1e9,
                PEOPLE / ((registeredAfter - started) / 1e9), (countedAfter - started) / 1e9);

        Reply organisations = city.upload(IMPORTS + "?kind=organisations",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", organisations(run));
        organisations.expect(202);
        String organisationBatch = organisations.json().path("batchId").asText();
        assertThat(finished(city, organisationBatch, "DONE").at("/progress/registered").asInt()).isEqualTo(8);
        suite.awaitSettled();
        Map<String, Long> figuresImported = everyFigure(analyst);
        assertThat(figuresImported.get("sunzhuang-subdistrict mediaOutlets")
                - figuresBefore.get("sunzhuang-subdistrict mediaOutlets")).isEqualTo(2);
        assertThat(figuresImported.get("hi-tech-zone enterprises300To999Staff")
                - figuresBefore.get("hi-tech-zone enterprises300To999Staff")).isEqualTo(2);
        await().atMost(PATIENCE).pollInterval(LISTS_POLL).untilAsserted(() -> assertThat(lists(city)).isEqualTo(Map.of(
                "people", listsBefore.get("people") + PEOPLE,
                "organisations", listsBefore.get("organisations") + 8)));

        Reply again = city.upload(IMPORTS + "?kind=people&dryRun=true", "text/csv", people(run));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/progress/alreadyRegistered").asInt()).isEqualTo(PEOPLE);

        city.post(IMPORTS + "/" + peopleBatch + "/undo").expect(202);
        city.post(IMPORTS + "/" + organisationBatch + "/undo").expect(202);
        assertThat(finished(city, peopleBatch, "UNDONE").at("/undo/withdrawn").asInt()).isEqualTo(PEOPLE);
        assertThat(finished(city, organisationBatch, "UNDONE").at("/undo/withdrawn").asInt()).isEqualTo(8);

        suite.awaitSettled();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(everyFigure(analyst)).isEqualTo(figuresBefore));
        await().atMost(PATIENCE).pollInterval(LISTS_POLL).untilAsserted(() -> assertThat(lists(city))
                .isEqualTo(listsBefore));
    }

    /** The people over the two townships and the four categories, under Chinese headings, in UTF-8 with a BOM. */
    private static byte[] people(String run) {
        StringBuilder csv = new StringBuilder("\uFEFF姓名,类别,镇,单位,职务\n");
        for (int i = 0; i < PEOPLE; i++) {
            csv.append("导入人士").append(run).append('-').append(i).append(',')
                    .append(CATEGORIES.get(i % CATEGORIES.size())).append(',')
                    .append(i % 2 == 0 ? "孙庄街道" : "hi-tech-zone").append(',')
                    .append("导入单位").append(run).append(i % 50).append(',')
                    .append(i % 3 == 0 ? "" : "职员").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Two outlets (one over 50,000 followers), two enterprises of 300 to 999 staff, and four others. */
    private static byte[] organisations(String run) {
        Object[][] rows = {
                {"名称", "类型", "类别", "镇", "人数", "影响力", "粉丝数"},
                {"导入网媒" + run + "A", "MEDIA_OUTLET", "NEW_MEDIA", "sunzhuang-subdistrict", 8, 70, 60_000},
                {"导入网媒" + run + "B", "网络媒体", "新媒体", "孙庄街道", 3, 40, 9_000},
                {"导入企业" + run + "A", "PRIVATE_ENTERPRISE", "ENTERPRISE_STAFF", "高新区", 450, 60, null},
                {"导入企业" + run + "B", "外资企业", "企业", "hi-tech-zone", 999, 60, null},
                {"导入企业" + run + "C", "PRIVATE_ENTERPRISE", "ENTERPRISE_STAFF", "hi-tech-zone", 12, 20, null},
                {"导入中介" + run + "A", "中介组织", "中介", "hi-tech-zone", 25, 50, null},
                {"导入社团" + run + "A", "社会组织", "INTERMEDIARY", "孙庄街道", 40, 30, null},
                {"导入工作室" + run + "A", "工作室", "自由职业", "孙庄街道", 2, 10, null}};
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("组织");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode finished(Caller city, String batch, String state) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).until(() -> state.equals(
                city.get(IMPORTS + "/" + batch).json().path("state").asText()));
        return city.get(IMPORTS + "/" + batch).expect(200).json();
    }

    /** What liaison's lists hold in the two townships. */
    private static Map<String, Long> lists(Caller city) {
        Map<String, Long> totals = new TreeMap<>();
        for (String township : TOWNSHIPS) {
            totals.merge("people", city.get("/api/liaison/people?township=" + township).expect(200).json()
                    .path("total").asLong(), Long::sum);
            totals.merge("organisations", city.get("/api/liaison/organisations?township=" + township).expect(200)
                    .json().path("total").asLong(), Long::sum);
        }
        return totals;
    }

    /** Every figure of the two townships, per township and category, and the city's "people". */
    private static Map<String, Long> everyFigure(Caller analyst) {
        Map<String, Long> figures = new TreeMap<>();
        for (String township : TOWNSHIPS) {
            JsonNode statistics = analyst.get("/api/analytics/townships/" + township).expect(200).json();
            statistics.path("figures").fields().forEachRemaining(figure ->
                    figures.put(township + " " + figure.getKey(), figure.getValue().asLong()));
            for (String category : CATEGORIES) {
                statistics.path("byCategory").path(category).fields().forEachRemaining(figure -> figures.put(
                        township + "|" + category + " " + figure.getKey(), figure.getValue().asLong()));
            }
        }
        figures.put("people", analyst.get("/api/analytics/city").expect(200).json().at("/figures/people").asLong());
        return figures;
    }
}
