package org.haian.strata.liaison.web.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.contract.Category;
import org.haian.strata.liaison.imports.Workbooks;
import org.haian.strata.liaison.web.people.RegisterPersonRequest;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.haian.strata.testsupport.ServiceClient;
import org.haian.strata.testsupport.ServiceIT;
import org.haian.strata.testsupport.StoredEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Bulk import (批量导入) over HTTP, on the real embedded Kafka broker and MongoDB-wire server. */
@ServiceIT
class ImportsIT {

    private static final String IMPORTS = "/api/liaison/imports";
    private static final String PEOPLE = "/api/liaison/people";
    private static final String CSV = "text/csv";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ServiceClient service;
    @Autowired
    StoredEvents storedEvents;

    /** One precise error per bad row, each by its row, cell, column and reason; a dry run changes nothing. */
    @Test
    void aDryRunNamesEveryBadRowAndChangesNothing() {
        String unit = "Libao Elites " + UUID.randomUUID();
        Caller officer = service.as("officer-libao");
        officer.post(PEOPLE, new RegisterPersonRequest("Zhou Jie", Category.ENTERPRISE_STAFF, null, unit, null))
                .expect(201);
        String file = """
                序号,姓名,类别,镇,单位,职务
                1,Lu Kehu,ENTERPRISE_STAFF,libao,%1$s,CTO
                2,Astronaut,ASTRONAUT,libao,%1$s,
                3,Elsewhere,NEW_MEDIA,atlantis,%1$s,
                4,,NEW_MEDIA,libao,%1$s,
                5,"=HYPERLINK(""http://x"",""click"")",NEW_MEDIA,libao,%1$s,
                6,Too Long,NEW_MEDIA,libao,%1$s,editor,surplus
                7,LU  KEHU,FREELANCER,libao,%1$s,
                8,Zhou Jie,ENTERPRISE_STAFF,李堡镇,%1$s,
                9,Qutang Man,NEW_MEDIA,qutang,%1$s,
                10,%2$s,NEW_MEDIA,libao,%1$s,
                11,Xu Min,新媒体,,%1$s,@SUM(A1)
                """.formatted(unit, "N".repeat(101));

        Reply checked = service.storesNothing(() -> officer.upload(IMPORTS + "?kind=people&dryRun=true", CSV,
                file.getBytes(StandardCharsets.UTF_8)));

        checked.expectProblem(400);
        assertThat(checked.json().path("type").asText()).isEqualTo("urn:haian:problem:invalid-input");
        List<String> errors = new ArrayList<>();
        checked.json().path("errors").forEach(error -> errors.add(error.path("row").asInt() + " "
                + error.path("cell").asText() + " " + error.path("column").asText() + " "
                + error.path("field").asText() + ": " + error.path("reason").asText()));
        assertThat(errors).containsExactly(
                "3 C3 类别 category: 'ASTRONAUT' is not a valid value (one of [ENTERPRISE_STAFF, NEW_MEDIA, "
                        + "INTERMEDIARY, FREELANCER] or its Chinese name)",
                "4 D4 镇 township: is not a known township code",
                "5 B5 姓名 name: must not be blank",
                "6 B6 姓名 name: starts with '=' as a spreadsheet formula does: formulas are neither evaluated "
                        + "nor imported; write the value itself",
                "7 G7 null null: has a value in G7, beyond the header's 6 columns: give the column a heading or "
                        + "remove the value",
                "8 B8 姓名 name: repeats row 2: the same name and organisation in the same township",
                "10 D10 镇 township: you may only act for libao",
                "11 B11 姓名 name: size must be between 0 and 100",
                "12 F12 职务 role: starts with '@' as a spreadsheet formula does: formulas are neither evaluated "
                        + "nor imported; write the value itself");
        JsonNode report = checked.json().path("import");
        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("batchId").isNull()).isTrue();
        assertThat(report.at("/progress/rows").asInt()).isEqualTo(11);
        assertThat(report.at("/progress/errors").asInt()).isEqualTo(9);
        assertThat(report.at("/progress/alreadyRegistered").asInt()).isEqualTo(1);
        assertThat(report.at("/alreadyRegistered/0/row").asInt()).isEqualTo(9);
        assertThat(report.at("/alreadyRegistered/0/existingId").asText()).isNotBlank();
    }

    @Test
    void aFileThatCannotBeReadIsRefusedAsAWholeAndChangesNothing() {
        Caller city = service.as("city-admin");
        byte[] gbk = "姓名,类别,镇\n卢克虎,NEW_MEDIA,libao\n".getBytes(Charset.forName("GBK"));

        for (byte[] file : List.of(new byte[0], gbk, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13},
                "name,category,township,colour\nLu,NEW_MEDIA,libao,red\n".getBytes(StandardCharsets.UTF_8),
                "category,township\nNEW_MEDIA,libao\n".getBytes(StandardCharsets.UTF_8))) {
            Reply refused = service.storesNothing(() -> city.upload(IMPORTS + "?kind=people&encoding=UTF-8", CSV,
                    file));
            refused.expectProblem(400, "file");
        }
        Reply wrongEncoding = city.upload(IMPORTS + "?kind=people&encoding=UTF-8", CSV, gbk);
        assertThat(wrongEncoding.json().at("/errors/0/reason").asText())
                .startsWith("cannot be read as UTF-8: the byte 0xD0 at byte 0 (line 1)");
        service.storesNothing(() -> city.upload(IMPORTS + "?kind=astronauts", CSV, gbk)).expectProblem(400, "kind");
        service.storesNothing(() -> city.upload(IMPORTS + "?kind=people&encoding=EBCDIC", CSV, gbk))
                .expectProblem(400, "encoding");
        service.storesNothing(() -> service.as("cadre-libao").upload(IMPORTS + "?kind=people", CSV, gbk))
                .expectProblem(403);
    }

    /**
     * A real run registers in the background and reports its progress; the same file again finds every row there
     * already and registers nothing; the undo withdraws each registration and frees its key for a later import.
     */
    @Test
    void anImportRegistersAgainNothingTwiceAndIsUndoneAsAWhole() {
        String unit = "Qutang Media " + UUID.randomUUID();
        Caller city = service.as("city-admin");
        byte[] file = ("name,category,township,organisation,role\n"
                + "Wang Fang,NEW_MEDIA,qutang,%1$s,editor\n"
                + "Li Na,新媒体从业人员,曲塘镇,%1$s,\n"
                + "Chen Hao,FREELANCER,qutang,%1$s,painter\n").formatted(unit).getBytes(Charset.forName("GB18030"));
        String search = PEOPLE + "?township=qutang&organisation=" + unit.replace(" ", "%20");

        Reply started = city.upload(IMPORTS + "?kind=people", CSV, file).expect(202);
        String batch = started.json().path("batchId").asText();
        assertThat(started.location()).isEqualTo(IMPORTS + "/" + batch);
        assertThat(started.json().path("encoding").asText()).isEqualTo("GB18030");
        JsonNode done = finished(city, batch, "DONE");
        assertThat(done.at("/progress/registered").asInt()).isEqualTo(3);
        assertThat(done.at("/progress/rowsDone").asInt()).isEqualTo(3);
        assertThat(done.at("/progress/percent").asInt()).isEqualTo(100);
        assertThat(done.at("/progress/secondsLeft").asLong()).isZero();
        await().atMost(PATIENCE).until(() -> city.get(search).json().path("total").asInt() == 3);

        Reply again = service.storesNothing(() -> city.upload(IMPORTS + "?kind=people", CSV, file)).expect(202);
        assertThat(again.json().path("state").asText()).isEqualTo("DONE");
        assertThat(again.json().at("/progress/alreadyRegistered").asInt()).isEqualTo(3);
        assertThat(again.json().at("/progress/registered").asInt()).isZero();
        assertThat(again.json().at("/progress/rowsPerSecond").asDouble()).isZero();

        long before = storedEvents.count();
        city.post(IMPORTS + "/" + batch + "/undo").expect(202);
        JsonNode undone = finished(city, batch, "UNDONE");
        assertThat(undone.at("/undo/withdrawn").asInt()).isEqualTo(3);
        assertThat(undone.at("/undo/kept").size()).isZero();
        assertThat(storedEvents.count()).isEqualTo(before + 3);
        await().atMost(PATIENCE).until(() -> city.get(search).json().path("total").asInt() == 0);
        city.post(IMPORTS + "/" + batch + "/undo").expectProblem(409, "batchId");

        String reimport = city.upload(IMPORTS + "?kind=people", CSV, file).expect(202).json().path("batchId")
                .asText();
        assertThat(finished(city, reimport, "DONE").at("/progress/registered").asInt()).isEqualTo(3);
    }

    /** An officer imports into their own township only, and sees only their township's imports. */
    @Test
    void anOfficersImportIsTheirTownshipsAndNoOneElsesToReadOrUndo() {
        String unit = "Libao Studio " + UUID.randomUUID();
        byte[] file = Workbooks.xlsx(new Object[] {"名称", "类型", "类别", "人数", "影响力", "粉丝数"},
                new Object[] {unit, "网络媒体", "NEW_MEDIA", 12, 80, 56_000},
                new Object[] {unit + " Workshop", "STUDIO", "自由职业", 3, 10, null},
                new Object[] {"=A2&\"x\"", "STUDIO", "FREELANCER", 3, 10, null});
        Caller officer = service.as("officer-libao");

        Reply started = officer.upload(IMPORTS + "?kind=organisations", ImportsController.XLSX, file).expect(202);
        String batch = started.json().path("batchId").asText();
        assertThat(started.json().path("township").asText()).isEqualTo("libao");
        assertThat(started.json().at("/errors/0/row").asInt()).isEqualTo(4);
        assertThat(started.json().at("/errors/0/cell").asText()).isEqualTo("A4");
        JsonNode done = finished(officer, batch, "DONE");
        assertThat(done.at("/progress/registered").asInt()).isEqualTo(2);
        assertThat(done.at("/progress/errors").asInt()).isEqualTo(1);

        service.as("officer-qutang").get(IMPORTS + "/" + batch).expectProblem(404, "batchId");
        service.storesNothing(() -> service.as("officer-qutang").post(IMPORTS + "/" + batch + "/undo"))
                .expectProblem(404, "batchId");
        service.as("city-admin").get(IMPORTS + "/" + batch).expect(200);

        byte[] sameOutlet = Workbooks.xlsx(new Object[] {"name", "kind", "category", "headcount", "influence",
                "followers"}, new Object[] {unit, "MEDIA_OUTLET", "NEW_MEDIA", 12, 80, 56_000});
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(officer.upload(
                IMPORTS + "?kind=organisations&dryRun=true", ImportsController.XLSX, sameOutlet).expect(200)
                .json().at("/progress/alreadyRegistered").asInt()).isEqualTo(1));

        officer.post(IMPORTS + "/" + batch + "/undo").expect(202);
        assertThat(finished(officer, batch, "UNDONE").at("/undo/withdrawn").asInt()).isEqualTo(2);
    }

    /** The example files of docs/IMPORT.md pass a dry run as they are. */
    @Test
    void theDocumentedExamplesPassADryRun() throws IOException {
        Path examples = Path.of(System.getProperty("user.dir")).getParent().resolve("docs").resolve("examples");
        for (String kind : List.of("people", "organisations")) {
            byte[] file = Files.readAllBytes(examples.resolve(kind + "-import.csv"));
            Reply checked = service.storesNothing(() -> service.as("city-admin")
                    .upload(IMPORTS + "?kind=" + kind + "&dryRun=true", CSV, file));
            checked.expect(200);
            assertThat(checked.json().path("state").asText()).isEqualTo("CHECKED");
            assertThat(checked.json().at("/progress/rows").asInt()).isEqualTo(4);
            assertThat(checked.json().at("/progress/rowsDone").asInt()).isEqualTo(4);
            assertThat(checked.json().at("/progress/percent").asInt()).isEqualTo(100);
            assertThat(checked.json().path("errors").size()).isZero();
        }
    }

    /** An import may be megabytes, where any other body stays within the usual limit. */
    @Test
    void anImportMayBeLargerThanABodyButNotWithoutLimit() {
        Caller city = service.as("city-admin");
        byte[] large = ("name,category,township\n" + "Lu,NEW_MEDIA,libao\n".repeat(20_000))
                .getBytes(StandardCharsets.UTF_8);
        Reply tooManyRows = service.storesNothing(() -> city.upload(IMPORTS + "?kind=people", CSV, large));
        tooManyRows.expectProblem(400, "file");
        assertThat(tooManyRows.json().at("/errors/0/reason").asText()).startsWith("has more than 10000 rows");
        service.storesNothing(() -> city.upload(PEOPLE, "application/json", large)).expectProblem(413);
        service.storesNothing(() -> city.upload(IMPORTS + "?kind=people", CSV, new byte[9 * 1024 * 1024]))
                .expectProblem(413);
    }

    private static JsonNode finished(Caller caller, String batch, String state) {
        await().atMost(PATIENCE).until(() -> state.equals(caller.get(IMPORTS + "/" + batch).json().path("state")
                .asText()));
        return caller.get(IMPORTS + "/" + batch).expect(200).json();
    }
}
