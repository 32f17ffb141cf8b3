package org.haian.strata.platform.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordTablesTest {

    enum Outcome { SOLVED }

    record Appeal(String subject, Outcome outcome, LocalDate concludedOn, List<String> answers) {
    }

    record Filing(int filing, Map<String, Long> figures) {
    }

    record Activity(String title, Outcome state, int invited, List<String> partnerUnits, List<Appeal> appeals,
                    List<Filing> filings, Map<String, Long> figures, String note) {
    }

    private final RecordTables tables = new RecordTables(Map.of("title", "标题"));

    @Test
    void aColumnPerComponentHeadedInChineseBesideTheName() {
        Table table = tables.of("activities", Activity.class, Stream.empty());

        assertThat(table.columns()).extracting(Table.Column::header).startsWith("标题 title", "state", "invited");
    }

    @Test
    @SuppressWarnings("unchecked")
    void nestedListsMapsAndRecordsReadAsTextNotAsJavasToString() {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("visits", 3L);
        figures.put("formsReturned", 0L);
        Activity activity = new Activity("Salon", Outcome.SOLVED, 12, List.of("文联", "社科联"),
                List.of(new Appeal("路灯", Outcome.SOLVED, LocalDate.of(2025, 3, 1), List.of("yes", "no")),
                        new Appeal("=1+1", null, null, List.of())),
                List.of(new Filing(1, figures)), figures, null);

        List<Object> row = (List<Object>) tables.of("activities", Activity.class, Stream.of(activity)).rows().findFirst().orElseThrow();

        assertThat(row).containsExactly("Salon", "SOLVED", 12, "文联; 社科联",
                "subject: 路灯, outcome: SOLVED, concludedOn: 2025-03-01, answers: (yes; no)\nsubject: =1+1, answers: ()",
                "filing: 1, figures: (visits: 3, formsReturned: 0)", "visits: 3, formsReturned: 0", null);
    }

    @Test
    void everyPageIsReadUntilAnEmptyOne() {
        List<List<Integer>> pages = List.of(List.of(1, 2), List.of(3), List.of());

        assertThat(RecordTables.everyPage(pages::get)).containsExactly(1, 2, 3);
    }

    @Test
    void aListOfPlainValuesIsJoinedAndAnEmptyListIsAnEmptyCell() {
        assertThat(RecordTables.text(Arrays.asList("a", null, "b"))).isEqualTo("a; ; b");
        assertThat(RecordTables.text(List.of())).isEmpty();
    }
}
