package org.haian.strata.system;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.haian.strata.testsupport.Caller;
import org.haian.strata.testsupport.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The figures an analyst reads after a scripted sequence of commands sent through the gateway - registrations,
 * designations, political arrangements, listed liaison with and without contact, a move, a category change, the
 * association, work bases, the joint conference and an archive - against the changes worked out by hand. Other tests
 * count in the same suite, so this one compares the figures before and after its script.
 */
@ExtendWith(SuiteExtension.class)
class FiguresIT {

    private static final List<String> TOWNSHIPS = List.of("chengdong", "yazhou", "duntou");
    private static final List<String> CATEGORIES = List.of("ENTERPRISE_STAFF", "NEW_MEDIA", "INTERMEDIARY",
            "FREELANCER");
    private static final List<String> FIGURES = List.of("people", "representatives", "peopleUnderLiaison",
            "peopleWithPoliticalArrangement", "members", "bases", "memberUnits", "overdueContacts",
            "peopleUnderCityLeadershipLiaison", "peopleUnderDepartmentLiaison", "peopleUnderTownshipCadreLiaison",
            "mediaOutlets", "mediaOutletsAbove50000Followers", "intermediaryAndSocialOrganisations",
            "enterprisesUnder20Staff", "enterprises20To299Staff", "enterprises300To999Staff",
            "enterprises1000PlusStaff", "contactsLogged", "representativesUnderLiaison", "resolutions");
    private static final ZoneId HAIAN = ZoneId.of("Asia/Shanghai");
    private static final String PEOPLE = "/api/liaison/people/";

    private Caller city;

    @Test
    void everyFigureChangesByWhatTheScriptedCommandsDoWorkedOutByHand(Suite suite) {
        city = suite.api().as("city-admin");
        Caller analyst = suite.api().as("analyst");
        assertThat(analyst.get("/api/analytics/figures").expect(200).json()).as("the figures of the 3, every one")
                .filteredOn(figure -> figure.path("source").asText().startsWith("liaison-"))
                .extracting(figure -> figure.path("figure").asText()).containsExactlyInAnyOrderElementsOf(FIGURES);
        suite.awaitSettled();
        LocalDate today = LocalDate.now(HAIAN);
        String yesterday = "?asOf=" + today.minusDays(1);
        String yesterdayAsKnownThen = yesterday + "&knownAt=" + today.minusDays(1);
        String series = "/api/analytics/series?township=chengdong&category=ENTERPRISE_STAFF&from=2020-01-01&to="
                + today;
        Map<String, Long> before = everyFigure(analyst, "");
        Map<String, Long> beforeYesterday = everyFigure(analyst, yesterday);
        Map<String, Long> beforeAsKnownThen = everyFigure(analyst, yesterdayAsKnownThen);
        Map<String, Map<String, Long>> seriesBefore = months(analyst.get(series).json());
        String run = UUID.randomUUID().toString().substring(0, 8);

        String p1 = person("chengdong", "ENTERPRISE_STAFF");
        String p2 = person("chengdong", "ENTERPRISE_STAFF");
        String p3 = person("chengdong", "NEW_MEDIA");
        String p4 = person("yazhou", "INTERMEDIARY");
        String p5 = person("yazhou", "FREELANCER");
        String p6 = person("duntou", "ENTERPRISE_STAFF");
        String p7 = person("duntou", "FREELANCER");
        String p8 = person("duntou", "FREELANCER");

        ok(city.put(PEOPLE + p1 + "/representative", ""));
        ok(city.put(PEOPLE + p3 + "/representative", ""));
        ok(city.put(PEOPLE + p6 + "/representative", ""));
        ok(city.delete(PEOPLE + p3 + "/representative"));

        ok(city.post(PEOPLE + p1 + "/political-arrangements",
                "{\"body\":\"CPPCC\",\"level\":\"CITY\",\"termStart\":\"2021-01-01\"}"));
        ok(city.post(PEOPLE + p1 + "/political-arrangements",
                "{\"body\":\"PEOPLES_CONGRESS\",\"level\":\"TOWNSHIP\",\"termStart\":\"2022-01-01\"}"));
        ok(city.post(PEOPLE + p4 + "/political-arrangements",
                "{\"body\":\"CPPCC\",\"level\":\"TOWNSHIP\",\"termStart\":\"2021-06-01\"}"));

        String leader = "fig-leader-" + run;
        String department = "fig-dept-" + run;
        created(city.post("/api/liaison/cadres", """
                {"cadreId":"%s","name":"Leader","level":"CITY_LEADERSHIP","post":"Vice mayor"}""".formatted(leader)));
        created(city.post("/api/liaison/cadres", """
                {"cadreId":"%s","name":"Officer","level":"DEPARTMENT","post":"UFWD section"}""".formatted(department)));
        String recently = today.minusDays(10).toString();
        assign(p1, leader, "2020-01-01");
        assign(p1, department, recently);
        assign(p5, leader, "2020-01-01");
        ok(city.post(PEOPLE + p5 + "/contacts", """
                {"cadreId":"%s","date":"%s","channel":"VISIT","notes":"Tea at the studio"}""".formatted(leader, today)));
        assign(p7, leader, "2020-01-01");
        ok(city.delete(PEOPLE + p7 + "/liaisons/" + leader));

        ok(city.post(PEOPLE + p2 + "/move", "{\"township\":\"yazhou\"}"));
        ok(city.post(PEOPLE + p8 + "/category", "{\"category\":\"NEW_MEDIA\"}"));

        String association = created(city.post("/api/liaison/associations", "{\"name\":\"New Strata " + run + "\"}"));
        for (String member : List.of(p1, p4, p6)) {
            created(city.post("/api/liaison/associations/" + association + "/members", "{\"personId\":\"" + member + "\"}"));
        }
        ok(city.delete("/api/liaison/associations/" + association + "/members/" + p6 + "?reason=Moved%20away"));

        String studio = created(city.post("/api/liaison/organisations", """
                {"name":"Tingzi Workshop %s","kind":"STUDIO","category":"FREELANCER","township":"duntou",
                 "headcount":6,"influence":40}""".formatted(run)));
        String outlet = created(city.post("/api/liaison/organisations", """
                {"name":"Chengdong Online %s","kind":"MEDIA_OUTLET","category":"NEW_MEDIA","township":"chengdong",
                 "headcount":12,"influence":70,"followers":52000}""".formatted(run)));
        awaitReadable("/api/liaison/organisations/" + studio);
        awaitReadable("/api/liaison/organisations/" + outlet);
        base("Creative base " + run, "FREELANCER", "duntou", studio);
        String mediaBase = base("Media base " + run, "NEW_MEDIA", "chengdong", outlet);
        ok(city.post("/api/liaison/bases/" + mediaBase + "/close", "{\"reason\":\"Merged into the centre\"}"));

        String conference = created(city.post("/api/liaison/conferences",
                "{\"name\":\"Joint conference " + run + "\",\"convener\":\"Head of the UFWD\"}"));
        for (String[] unit : new String[][] {{"FIC " + run, "ENTERPRISE_STAFF"}, {"Tax bureau " + run, "INTERMEDIARY"},
                {"Internet news centre " + run, "NEW_MEDIA"}}) {
            ok(city.post("/api/liaison/conferences/" + conference + "/member-units",
                    "{\"unit\":\"" + unit[0] + "\",\"category\":\"" + unit[1] + "\"}"));
        }
        ok(city.delete("/api/liaison/conferences/" + conference + "/member-units/Internet%20news%20centre%20" + run));

        ok(city.post(PEOPLE + p7 + "/archive", "{\"reason\":\"Left the area\"}"));

        suite.awaitSettled();
        Map<String, Long> after = everyFigure(analyst, "");

        // By hand, where the script leaves each person (township, category: what they count in):
        //   p1 chengdong ES: person, representative, 2 arrangements (one person with), 2 cadres (under liaison once;
        //                    the leader since 2020 without contact is 1 overdue, the department since 10 days is not),
        //                    member
        //   p2 yazhou ES (moved from chengdong): person
        //   p3 chengdong NEW_MEDIA: person (designation withdrawn)
        //   p4 yazhou INTERMEDIARY: person, arrangement, member
        //   p5 yazhou FREELANCER: person, under liaison (contacted today: not overdue)
        //   p6 duntou ES: person, representative (removed from the association)
        //   p7 duntou FREELANCER: archived, its liaison ended before: counts nowhere
        //   p8 duntou NEW_MEDIA (changed from FREELANCER): person
        //   bases: duntou FREELANCER open; chengdong NEW_MEDIA closed. Member units: ES and INTERMEDIARY (city level).
        // figure                         chengdong       yazhou                duntou        categories
        // people                         2 (ES 1, NM 1)  3 (ES 1, INT 1, FR 1) 2 (ES 1, NM 1) ES 3, NM 2, INT 1, FR 1
        // representatives                1 (ES)          -                     1 (ES)         ES 2
        // peopleWithPoliticalArrangement 1 (ES)          1 (INT)               -              ES 1, INT 1
        // peopleUnderLiaison             1 (ES)          1 (FR)                -              ES 1, FR 1
        // representativesUnderLiaison    1 (ES: p1)      -                     -              ES 1
        // overdueContacts                1 (ES)          -                     -              ES 1
        // members                        1 (ES)          1 (INT)               -              ES 1, INT 1
        // bases                          -               -                     1 (FR)         FR 1
        // memberUnits                    -               -                     -              ES 1, INT 1
        // ... by cadre level: the leader is the city leadership's, the department cadre a department's:
        // peopleUnderCityLeadership      1 (ES: p1)      1 (FR: p5)            -              ES 1, FR 1
        // peopleUnderDepartment          1 (ES: p1)      -                     -              ES 1
        // mediaOutlets, ...Above50000    1 (NM: 52,000)  -                     -              NM 1 (a studio: none)
        // contactsLogged                 -               1 (FR: p5, today)     -              FR 1
        assertThat(changes(before, after)).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("chengdong people", 2L),
                Map.entry("chengdong|ENTERPRISE_STAFF people", 1L),
                Map.entry("chengdong|NEW_MEDIA people", 1L),
                Map.entry("yazhou people", 3L),
                Map.entry("yazhou|ENTERPRISE_STAFF people", 1L),
                Map.entry("yazhou|INTERMEDIARY people", 1L),
                Map.entry("yazhou|FREELANCER people", 1L),
                Map.entry("duntou people", 2L),
                Map.entry("duntou|ENTERPRISE_STAFF people", 1L),
                Map.entry("duntou|NEW_MEDIA people", 1L),
                Map.entry("ENTERPRISE_STAFF people", 3L),
                Map.entry("NEW_MEDIA people", 2L),
                Map.entry("INTERMEDIARY people", 1L),
                Map.entry("FREELANCER people", 1L),

                Map.entry("chengdong representatives", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF representatives", 1L),
                Map.entry("duntou representatives", 1L),
                Map.entry("duntou|ENTERPRISE_STAFF representatives", 1L),
                Map.entry("ENTERPRISE_STAFF representatives", 2L),
                Map.entry("chengdong representativesUnderLiaison", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF representativesUnderLiaison", 1L),
                Map.entry("ENTERPRISE_STAFF representativesUnderLiaison", 1L),

                Map.entry("chengdong peopleWithPoliticalArrangement", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF peopleWithPoliticalArrangement", 1L),
                Map.entry("yazhou peopleWithPoliticalArrangement", 1L),
                Map.entry("yazhou|INTERMEDIARY peopleWithPoliticalArrangement", 1L),
                Map.entry("ENTERPRISE_STAFF peopleWithPoliticalArrangement", 1L),
                Map.entry("INTERMEDIARY peopleWithPoliticalArrangement", 1L),

                Map.entry("chengdong peopleUnderLiaison", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF peopleUnderLiaison", 1L),
                Map.entry("yazhou peopleUnderLiaison", 1L),
                Map.entry("yazhou|FREELANCER peopleUnderLiaison", 1L),
                Map.entry("ENTERPRISE_STAFF peopleUnderLiaison", 1L),
                Map.entry("FREELANCER peopleUnderLiaison", 1L),

                Map.entry("chengdong overdueContacts", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF overdueContacts", 1L),
                Map.entry("ENTERPRISE_STAFF overdueContacts", 1L),

                Map.entry("chengdong members", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF members", 1L),
                Map.entry("yazhou members", 1L),
                Map.entry("yazhou|INTERMEDIARY members", 1L),
                Map.entry("ENTERPRISE_STAFF members", 1L),
                Map.entry("INTERMEDIARY members", 1L),

                Map.entry("duntou bases", 1L),
                Map.entry("duntou|FREELANCER bases", 1L),
                Map.entry("FREELANCER bases", 1L),

                Map.entry("ENTERPRISE_STAFF memberUnits", 1L),
                Map.entry("INTERMEDIARY memberUnits", 1L),

                Map.entry("chengdong peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("yazhou peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("yazhou|FREELANCER peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("ENTERPRISE_STAFF peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("FREELANCER peopleUnderCityLeadershipLiaison", 1L),

                Map.entry("chengdong peopleUnderDepartmentLiaison", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF peopleUnderDepartmentLiaison", 1L),
                Map.entry("ENTERPRISE_STAFF peopleUnderDepartmentLiaison", 1L),

                Map.entry("chengdong mediaOutlets", 1L),
                Map.entry("chengdong|NEW_MEDIA mediaOutlets", 1L),
                Map.entry("NEW_MEDIA mediaOutlets", 1L),
                Map.entry("chengdong mediaOutletsAbove50000Followers", 1L),
                Map.entry("chengdong|NEW_MEDIA mediaOutletsAbove50000Followers", 1L),
                Map.entry("NEW_MEDIA mediaOutletsAbove50000Followers", 1L),

                Map.entry("yazhou contactsLogged", 1L),
                Map.entry("yazhou|FREELANCER contactsLogged", 1L),
                Map.entry("FREELANCER contactsLogged", 1L))));

        // As of yesterday, only what the script dated in the past counts: the liaisons since 2020 and the recent
        // one (p7's ended today, so it was on until then), the contacts they missed (p5's contact is today's), and
        // the political arrangements from their terms' first days; everything else happened today.
        assertThat(changes(beforeYesterday, everyFigure(analyst, yesterday))).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("chengdong peopleUnderLiaison", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF peopleUnderLiaison", 1L),
                Map.entry("yazhou peopleUnderLiaison", 1L),
                Map.entry("yazhou|FREELANCER peopleUnderLiaison", 1L),
                Map.entry("duntou peopleUnderLiaison", 1L),
                Map.entry("duntou|FREELANCER peopleUnderLiaison", 1L),
                Map.entry("ENTERPRISE_STAFF peopleUnderLiaison", 1L),
                Map.entry("FREELANCER peopleUnderLiaison", 2L),

                Map.entry("chengdong peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("yazhou peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("yazhou|FREELANCER peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("duntou peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("duntou|FREELANCER peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("ENTERPRISE_STAFF peopleUnderCityLeadershipLiaison", 1L),
                Map.entry("FREELANCER peopleUnderCityLeadershipLiaison", 2L),

                Map.entry("chengdong peopleUnderDepartmentLiaison", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF peopleUnderDepartmentLiaison", 1L),
                Map.entry("ENTERPRISE_STAFF peopleUnderDepartmentLiaison", 1L),

                Map.entry("chengdong overdueContacts", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF overdueContacts", 1L),
                Map.entry("yazhou overdueContacts", 1L),
                Map.entry("yazhou|FREELANCER overdueContacts", 1L),
                Map.entry("duntou overdueContacts", 1L),
                Map.entry("duntou|FREELANCER overdueContacts", 1L),
                Map.entry("ENTERPRISE_STAFF overdueContacts", 1L),
                Map.entry("FREELANCER overdueContacts", 2L),

                Map.entry("chengdong peopleWithPoliticalArrangement", 1L),
                Map.entry("chengdong|ENTERPRISE_STAFF peopleWithPoliticalArrangement", 1L),
                Map.entry("yazhou peopleWithPoliticalArrangement", 1L),
                Map.entry("yazhou|INTERMEDIARY peopleWithPoliticalArrangement", 1L),
                Map.entry("ENTERPRISE_STAFF peopleWithPoliticalArrangement", 1L),
                Map.entry("INTERMEDIARY peopleWithPoliticalArrangement", 1L))));

        // As the city knew it at the end of yesterday, the script had not happened.
        assertThat(everyFigure(analyst, yesterdayAsKnownThen)).isEqualTo(beforeAsKnownThen);

        // Per month, Chengdong's enterprise staff gained p1 in each month since the liaisons began.
        Map<String, Map<String, Long>> seriesAfter = months(analyst.get(series).json());
        YearMonth thisMonth = YearMonth.from(today);
        for (YearMonth month = YearMonth.of(2020, 1); !month.isAfter(thisMonth); month = month.plusMonths(1)) {
            Map<String, Long> expected = new TreeMap<>();
            expected.put("peopleUnderLiaison", 1L);
            expected.put("peopleUnderCityLeadershipLiaison", 1L);
            if (!month.isBefore(YearMonth.from(today.minusDays(10)))) {
                expected.put("peopleUnderDepartmentLiaison", 1L);
            }
            // 90 days after 2020-01-01 (a leap year) is 2020-03-31; overdue from the day after.
            if (!month.isBefore(YearMonth.of(2020, 4))) {
                expected.put("overdueContacts", 1L);
            }
            if (!month.isBefore(YearMonth.of(2021, 1))) {
                expected.put("peopleWithPoliticalArrangement", 1L);
            }
            // Under liaison since 2020, p1 is a representative figure only since their designation this month.
            if (month.equals(thisMonth)) {
                expected.putAll(Map.of("people", 1L, "representatives", 1L, "members", 1L,
                        "representativesUnderLiaison", 1L));
            }
            assertThat(changes(seriesBefore.get(month.toString()), seriesAfter.get(month.toString())))
                    .as("Chengdong's enterprise staff in %s", month).isEqualTo(expected);
        }
    }

    private static Map<String, Long> changes(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> changed = new TreeMap<>();
        after.forEach((figure, value) -> {
            if (value - before.get(figure) != 0) {
                changed.put(figure, value - before.get(figure));
            }
        });
        return changed;
    }

    private static Map<String, Map<String, Long>> months(JsonNode series) {
        Map<String, Map<String, Long>> months = new TreeMap<>();
        for (JsonNode month : series.path("months")) {
            Map<String, Long> figures = new TreeMap<>();
            collect("", month.path("figures"), figures);
            months.put(month.path("month").asText(), figures);
        }
        return months;
    }

    private String person(String township, String category) {
        String id = created(city.post("/api/liaison/people", """
                {"name":"Figures %s","category":"%s","township":"%s"}""".formatted(UUID.randomUUID(), category,
                township)));
        awaitReadable(PEOPLE + id);
        return id;
    }

    private void assign(String personId, String cadreId, String since) {
        ok(city.post(PEOPLE + personId + "/liaisons", """
                {"cadreId":"%s","since":"%s"}""".formatted(cadreId, since)));
    }

    private String base(String name, String category, String township, String anchor) {
        return created(city.post("/api/liaison/bases", """
                {"name":"%s","category":"%s","township":"%s","anchorOrganisationId":"%s"}"""
                .formatted(name, category, township, anchor)));
    }

    /** Some commands answer before their read model is there; the next command may need to read it. */
    private void awaitReadable(String path) {
        await().atMost(Duration.ofSeconds(60)).until(() -> city.get(path).status() == 200);
    }

    private static String created(Reply response) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(201);
        return response.location().substring(response.location().lastIndexOf('/') + 1);
    }

    private static void ok(Reply response) {
        assertThat(response.status()).as(response.json().toString()).isBetween(200, 204);
    }

    /**
     * Every figure of the script's townships, their categories, and the four categories, as "where figure".
     *
     * @param at {@code ?asOf=...&knownAt=...}, or empty for today as known now
     */
    private static Map<String, Long> everyFigure(Caller analyst, String at) {
        Map<String, Long> figures = new TreeMap<>();
        for (String township : TOWNSHIPS) {
            JsonNode statistics = analyst.get("/api/analytics/townships/" + township + at).json();
            collect(township, statistics.path("figures"), figures);
            for (String category : CATEGORIES) {
                collect(township + "|" + category, statistics.path("byCategory").path(category), figures);
            }
        }
        for (String category : CATEGORIES) {
            collect(category, analyst.get("/api/analytics/categories/" + category + at).json().path("figures"),
                    figures);
        }
        return figures;
    }

    private static void collect(String where, JsonNode values, Map<String, Long> figures) {
        for (String figure : FIGURES) {
            assertThat(values.has(figure)).as("%s of %s", figure, where).isTrue();
            figures.put((where + " " + figure).trim(), values.get(figure).asLong());
        }
    }
}
