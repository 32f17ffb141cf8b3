package org.haian.strata.system;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures an analyst reads after a scripted sequence of commands sent through the gateway, against what the
 * sequence changes worked out by hand. The gateway takes one liaison command so far, registering a person; what the
 * other events do to the figures is proven event by event in analytics-service ({@code ScriptedSequenceTest}).
 * Other tests count in the same suite, so this one compares the figures before and after its script.
 */
@ExtendWith(SuiteExtension.class)
class FiguresIT {

    private static final List<String> TOWNSHIPS = List.of("chengdong", "yazhou", "duntou");
    private static final List<String> CATEGORIES = List.of("ENTERPRISE_STAFF", "NEW_MEDIA", "INTERMEDIARY",
            "FREELANCER");
    private static final List<String> FIGURES = List.of("people", "representatives", "peopleUnderLiaison",
            "peopleWithPoliticalArrangement", "members", "bases", "memberUnits", "overdueContacts");

    @Test
    void everyFigureChangesByWhatTheScriptedRegistrationsAddWorkedOutByHand(Suite suite) {
        Api city = suite.as("city-admin");
        Api analyst = suite.as("analyst");
        suite.awaitSettled();
        Map<String, Long> before = everyFigure(analyst);

        for (String[] person : new String[][] {
                {"chengdong", "ENTERPRISE_STAFF"}, {"chengdong", "ENTERPRISE_STAFF"}, {"chengdong", "NEW_MEDIA"},
                {"yazhou", "INTERMEDIARY"}, {"yazhou", "FREELANCER"},
                {"duntou", "ENTERPRISE_STAFF"}, {"duntou", "FREELANCER"}, {"duntou", "FREELANCER"}}) {
            assertThat(city.post("/api/liaison/people", """
                    {"name":"Figures %s","category":"%s","township":"%s"}""".formatted(person[0], person[1],
                    person[0])).status()).isEqualTo(201);
        }
        suite.awaitSettled();
        Map<String, Long> after = everyFigure(analyst);

        // By hand: eight people, nothing else. Every other figure of these townships and categories stays as it was.
        // township  ENTERPRISE_STAFF  NEW_MEDIA  INTERMEDIARY  FREELANCER  in all
        // chengdong        2              1           0             0         3
        // yazhou           0              0           1             1         2
        // duntou           1              0           0             2         3
        // city             3              1           1             3         8
        Map<String, Long> changed = new TreeMap<>();
        after.forEach((figure, value) -> {
            if (value - before.get(figure) != 0) {
                changed.put(figure, value - before.get(figure));
            }
        });
        assertThat(changed).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("chengdong people", 3L),
                Map.entry("chengdong|ENTERPRISE_STAFF people", 2L),
                Map.entry("chengdong|NEW_MEDIA people", 1L),
                Map.entry("yazhou people", 2L),
                Map.entry("yazhou|INTERMEDIARY people", 1L),
                Map.entry("yazhou|FREELANCER people", 1L),
                Map.entry("duntou people", 3L),
                Map.entry("duntou|ENTERPRISE_STAFF people", 1L),
                Map.entry("duntou|FREELANCER people", 2L),
                Map.entry("ENTERPRISE_STAFF people", 3L),
                Map.entry("NEW_MEDIA people", 1L),
                Map.entry("INTERMEDIARY people", 1L),
                Map.entry("FREELANCER people", 3L))));
    }

    /** Every figure of the script's townships, their categories, and the four categories, as "where figure". */
    private static Map<String, Long> everyFigure(Api analyst) {
        Map<String, Long> figures = new TreeMap<>();
        for (String township : TOWNSHIPS) {
            JsonNode statistics = analyst.get("/api/analytics/townships/" + township).body();
            collect(township, statistics.path("figures"), figures);
            for (String category : CATEGORIES) {
                collect(township + "|" + category, statistics.path("byCategory").path(category), figures);
            }
        }
        for (String category : CATEGORIES) {
            collect(category, analyst.get("/api/analytics/categories/" + category).body().path("figures"), figures);
        }
        return figures;
    }

    private static void collect(String where, JsonNode values, Map<String, Long> figures) {
        assertThat(values.size()).as("figures of %s", where).isEqualTo(FIGURES.size());
        for (String figure : FIGURES) {
            assertThat(values.has(figure)).as("%s of %s", figure, where).isTrue();
            figures.put(where + " " + figure, values.get(figure).asLong());
        }
    }
}
