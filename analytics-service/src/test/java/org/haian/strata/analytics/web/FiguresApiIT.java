package org.haian.strata.analytics.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.extensions.kafka.eventhandling.KafkaMessageConverter;
import org.haian.strata.analytics.history.GeneratedHistory;
import org.haian.strata.analytics.history.HistoryProducer;
import org.haian.strata.analytics.history.Processed;
import org.haian.strata.platform.export.Table;
import org.haian.strata.platform.township.Townships;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The figures API over HTTP: its answers, who may ask what, and how it refuses what it cannot answer. */
@ServiceIT
class FiguresApiIT {

    @Autowired
    ServiceClient service;

    @BeforeAll
    static void history(@Autowired KafkaMessageConverter<String, byte[]> converter, @Autowired Townships townships,
                        @Autowired ApplicationContext context) {
        Map<TopicPartition, Long> last = HistoryProducer.publish(new GeneratedHistory(3, 600,
                LocalDate.of(2024, 1, 1), 400, List.copyOf(townships.codes())), converter,
                System.getProperty("KAFKA_BOOTSTRAP_SERVERS"));
        await().atMost(Duration.ofSeconds(120)).until(() -> Processed.upTo(last, List.of(context)));
    }

    @Test
    void theCityInOneAnswerAddsUpOverTownshipsAndOverCategories() {
        JsonNode city = service.as("analyst").get("/api/analytics/city").expect(200).json();

        Map<String, Long> overTownships = sum(city.path("byTownship"));
        sum(city.path("cityLevel")).forEach((figure, value) -> overTownships.merge(figure, value, Long::sum));
        assertThat(overTownships).isEqualTo(figures(city.path("figures")))
                .isEqualTo(sum(city.path("byCategory")));
        assertThat(city.at("/figures/people").asLong()).isPositive();
        assertThat(city.path("byTownshipAndCategory").path("libao").path("NEW_MEDIA"))
                .isEqualTo(service.as("analyst").get("/api/analytics/townships/libao").json()
                        .path("byCategory").path("NEW_MEDIA"));
        assertThat(city.at("/byTownship/libao/memberUnits").asLong()).isZero();
    }

    @Test
    void theTownshipsAreListedWithTheirNames() {
        JsonNode townships = service.as("officer-libao").get("/api/analytics/townships").expect(200).json();

        assertThat(townships).hasSize(13);
        assertThat(townships.findValuesAsText("name")).contains("李堡镇", "开发区");
        assertThat(townships.findValuesAsText("code")).contains("libao", "development-zone");
    }

    @Test
    void everyFigureHasAKindAndALabelInBothLanguages() {
        JsonNode figures = service.as("analyst").get("/api/analytics/figures").expect(200).json();

        assertThat(figures.findValuesAsText("figure")).contains("people", "overdueContacts", "contactsLogged",
                "mediaOutletsAbove50000Followers", "peopleUnderCityLeadershipLiaison", "enterprises1000PlusStaff");
        assertThat(figures).allSatisfy(figure -> {
            assertThat(figure.path("kind").asText()).isIn("STOCK", "FLOW");
            assertThat(figure.path("chinese").asText()).isNotBlank();
            assertThat(figure.path("english").asText()).isNotBlank();
        });
    }

    @Test
    void aSeriesGivesAValuePerMonthWithStandingCountsAtMonthEnd() {
        JsonNode series = service.as("analyst").get("/api/analytics/series?from=2024-01-15&to=2024-06-10"
                + "&township=libao").expect(200).json();

        assertThat(series.path("months").findValuesAsText("month"))
                .containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
        JsonNode lastMonth = series.path("months").get(5).path("figures");
        assertThat(lastMonth.path("people").asLong()).isEqualTo(service.as("analyst")
                .get("/api/analytics/townships/libao?asOf=2024-06-10").json().at("/figures/people").asLong());
        assertThat(service.as("analyst").get("/api/analytics/series").expect(200).json().path("months")).hasSize(12);
    }

    @Test
    void aTownshipOfficerReadsTheirOwnTownshipOnly() {
        service.as("officer-libao").get("/api/analytics/townships/libao?asOf=2024-12-31").expect(200);
        service.as("officer-libao").get("/api/analytics/townships/qutang").expectProblem(403);
        service.as("officer-libao").get("/api/analytics/city").expectProblem(403);
        service.as("officer-libao").get("/api/analytics/series?township=qutang").expectProblem(403);
        assertThat(service.as("officer-libao").get("/api/analytics/series").expect(200).text("township"))
                .isEqualTo("libao");
        assertThat(service.as("officer-libao").get("/api/analytics/categories/NEW_MEDIA").json()
                .path("byTownship").properties()).extracting(Map.Entry::getKey).containsExactly("libao");
    }

    @Test
    void aDayThatIsNoDayOrOutsideTheWindowIsAProblemThatNamesTheParameter() {
        service.as("analyst").get("/api/analytics/city?asOf=2024-13-01").expectProblem(400, "asOf");
        service.as("analyst").get("/api/analytics/townships/libao?knownAt=yesterday").expectProblem(400, "knownAt");
        service.as("analyst").get("/api/analytics/categories/NEW_MEDIA?asOf=1949-09-30").expectProblem(400, "asOf");
        service.as("analyst").get("/api/analytics/city?knownAt=2100-01-01").expectProblem(400, "knownAt");
        service.as("analyst").get("/api/analytics/series?from=2024-05-01&to=2024-04-30").expectProblem(400, "to");
        service.as("analyst").get("/api/analytics/series?township=atlantis").expectProblem(400, "township");
        service.as("analyst").get("/api/analytics/series?category=ASTRONAUT").expectProblem(400, "category");
        service.as("analyst").get("/api/analytics/townships/atlantis").expectProblem(404);
        service.as("analyst").get("/api/analytics/city?asOf=1949-10-01").expect(200);
    }

    @Test
    void aTownshipsFiguresAsCsvAreItsJsonAnswerRowByRowWithBothLanguagesInTheHeader() throws IOException {
        String path = "/api/analytics/townships/libao?asOf=2024-06-10";
        JsonNode json = service.as("analyst").get(path).expect(200).json();

        HttpResponse<byte[]> csv = service.as("analyst").with("Accept", "text/csv").download(path);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", "figures-libao-2024-06-10.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF区镇代码 Township code,区镇 Township,类别 Category,指标代码 Figure code,");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(json.path("figures").size() * (1 + json.path("byCategory").size()));
        CSVRecord people = rows.stream().filter(row -> row.get(2).equals("ALL") && row.get(3).equals("people"))
                .findFirst().orElseThrow();
        assertThat(people.get(1)).isEqualTo("李堡镇");
        assertThat(people.get(4)).isEqualTo("新的社会阶层人士");
        assertThat(Long.parseLong(people.get(6))).isEqualTo(json.at("/figures/people").asLong()).isPositive();
        assertThat(people.get(7)).isEqualTo("2024-06-10");
    }

    @Test
    void theCityAsAWorkbookHoldsTheSameFiguresAsNumbers() throws IOException {
        JsonNode json = service.as("analyst").get("/api/analytics/city").expect(200).json();

        HttpResponse<byte[]> xlsx = service.as("analyst").with("Accept", Table.XLSX).download("/api/analytics/city");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("数值 Value");
            Row libaoNewMediaPeople = StreamSupport.stream(sheet.spliterator(), false)
                    .filter(row -> "libao".equals(row.getCell(0).getStringCellValue())
                            && "NEW_MEDIA".equals(row.getCell(2).getStringCellValue())
                            && "people".equals(row.getCell(3).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat(libaoNewMediaPeople.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat((long) libaoNewMediaPeople.getCell(6).getNumericCellValue())
                    .isEqualTo(json.at("/byTownshipAndCategory/libao/NEW_MEDIA/people").asLong());
        }
    }

    @Test
    void anExportThatIsRefusedIsAProblemLikeAnyOther() {
        service.as("officer-libao").with("Accept", "text/csv").get("/api/analytics/townships/qutang")
                .expectProblem(403);
        service.as("analyst").with("Accept", "text/csv").get("/api/analytics/city?asOf=2024-13-01")
                .expectProblem(400, "asOf");
    }

    @Test
    void theScorecardsHeadlinesAreTheFiguresEveryOtherAnswerShows() {
        JsonNode city = service.as("analyst").get("/api/analytics/city?asOf=2024-06-10").expect(200).json();
        JsonNode cityCard = service.as("analyst").get("/api/analytics/scorecard?asOf=2024-06-10").expect(200).json();
        JsonNode libao = service.as("analyst").get("/api/analytics/townships/libao?asOf=2024-06-10").json();
        JsonNode libaoCard = service.as("analyst").get("/api/analytics/scorecard?township=libao&asOf=2024-06-10")
                .expect(200).json();

        assertThat(cityCard.path("parts").findValuesAsText("part")).containsExactly("3", "4", "N");
        assertThat(cityCard.path("name").asText()).isEqualTo("海安市");
        assertThat(libaoCard.path("name").asText()).isEqualTo("李堡镇");
        List<JsonNode> headlines = cityCard.findValues("headlines").stream()
                .flatMap(list -> StreamSupport.stream(list.spliterator(), false)).toList();
        assertThat(headlines).hasSizeGreaterThan(20);
        headlines.forEach(headline -> {
            String figure = headline.path("figure").asText();
            JsonNode category = headline.path("category");
            assertThat(headline.path("value").asLong()).as(headline.path("key").asText()).isEqualTo(category.isNull()
                    ? city.at("/figures/" + figure).asLong()
                    : city.at("/byCategory/" + category.asText() + "/" + figure).asLong());
        });
        libaoCard.findValues("headlines").stream().flatMap(list -> StreamSupport.stream(list.spliterator(), false))
                .filter(headline -> headline.path("category").isNull())
                .forEach(headline -> assertThat(headline.path("value").asLong()).as(headline.path("key").asText())
                        .isEqualTo(libao.at("/figures/" + headline.path("figure").asText()).asLong()));
        JsonNode representatives = coverage(cityCard, "representativesUnderLiaison");
        assertThat(representatives.path("wholeValue").asLong())
                .isEqualTo(city.at("/figures/representatives").asLong()).isPositive();
        assertThat(representatives.path("ratio").asDouble()).isEqualTo(Math.round(representatives.path("partValue")
                .asLong() * 10_000.0 / representatives.path("wholeValue").asLong()) / 10_000.0);
    }

    @Test
    void theScorecardAsCsvIsItsJsonAnswerAndItsSeriesEndsOnTheScorecardOfItsLastDay() throws IOException {
        String path = "/api/analytics/scorecard?township=libao&asOf=2024-06-10";
        JsonNode json = service.as("analyst").get(path).expect(200).json();

        HttpResponse<byte[]> csv = service.as("analyst").with("Accept", "text/csv").download(path);

        String text = new String(csv.body(), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        CSVRecord liaison = rows.stream().filter(row -> row.get("指标代码 Figure code").equals("peopleUnderLiaison"))
                .findFirst().orElseThrow();
        assertThat(liaison.get("区镇 Township")).isEqualTo("李堡镇");
        assertThat(liaison.get("部分 Part")).isEqualTo("3");
        assertThat(Long.parseLong(liaison.get("数值 Value"))).isEqualTo(json.findValues("headlines").stream()
                .flatMap(list -> StreamSupport.stream(list.spliterator(), false))
                .filter(headline -> headline.path("key").asText().equals("peopleUnderLiaison")).findFirst()
                .orElseThrow().path("value").asLong());

        JsonNode series = service.as("analyst").get("/api/analytics/scorecard/series?from=2024-01-15&to=2024-06-10"
                + "&township=libao").expect(200).json();
        assertThat(series.path("months").findValuesAsText("month"))
                .containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06");
        assertThat(series.at("/months/5/figures/peopleUnderLiaison").asLong())
                .isEqualTo(Long.parseLong(liaison.get("数值 Value")));
        assertThat(series.at("/months/5/coverage/representativesUnderLiaison").asDouble())
                .isEqualTo(coverage(json, "representativesUnderLiaison").path("ratio").asDouble());
    }

    @Test
    void aTownshipOfficerReadsTheirOwnScorecardAndBadRequestsNameTheirParameter() {
        assertThat(service.as("officer-libao").get("/api/analytics/scorecard").expect(200).text("township"))
                .isEqualTo("libao");
        service.as("officer-libao").get("/api/analytics/scorecard?township=qutang").expectProblem(403);
        service.as("officer-libao").get("/api/analytics/scorecard/series?township=qutang").expectProblem(403);
        service.as("cadre-libao").get("/api/analytics/scorecard").expectProblem(403);
        service.as("analyst").get("/api/analytics/scorecard?township=atlantis").expectProblem(400, "township");
        service.as("analyst").get("/api/analytics/scorecard?asOf=2024-02-30").expectProblem(400, "asOf");
        service.as("analyst").get("/api/analytics/scorecard/series?from=2024-05-01&to=2024-04-30")
                .expectProblem(400, "to");
        service.as("analyst").get("/api/analytics/scorecard/series?from=2010-01-01&to=2024-04-30")
                .expectProblem(400, "from");
    }

    private static JsonNode coverage(JsonNode scorecard, String key) {
        return scorecard.findValues("coverage").stream()
                .flatMap(list -> StreamSupport.stream(list.spliterator(), false))
                .filter(share -> share.path("key").asText().equals(key)).findFirst().orElseThrow();
    }

    private static Map<String, Long> sum(JsonNode parts) {
        Map<String, Long> sum = new TreeMap<>();
        parts.forEach(part -> figures(part).forEach((figure, value) -> sum.merge(figure, value, Long::sum)));
        return sum;
    }

    private static Map<String, Long> figures(JsonNode figures) {
        Map<String, Long> values = new TreeMap<>();
        figures.properties().forEach(figure -> values.put(figure.getKey(), figure.getValue().asLong()));
        return values;
    }
}
