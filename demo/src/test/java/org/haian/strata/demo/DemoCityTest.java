package org.haian.strata.demo;

import org.haian.strata.demo.DemoCity.Agreement;
import org.haian.strata.demo.DemoCity.Outcome;
import org.haian.strata.demo.DemoCity.Person;
import org.haian.strata.demo.DemoCity.Village;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.demo.DemoCity.ENTERPRISE_STAFF;
import static org.haian.strata.demo.DemoCity.FREELANCER;
import static org.haian.strata.demo.DemoCity.INTERMEDIARY;
import static org.haian.strata.demo.DemoCity.NEW_MEDIA;

class DemoCityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final DemoCity CITY = DemoCity.plan(DemoCity.DEFAULT_SEED, TODAY);

    @Test
    void theSameSeedAndDayGiveTheSamePlanAndAnotherSeedAnother() {
        assertThat(DemoCity.plan(DemoCity.DEFAULT_SEED, TODAY)).isEqualTo(CITY);
        assertThat(DemoCity.plan(DemoCity.DEFAULT_SEED + 1, TODAY)).isNotEqualTo(CITY);
    }

    @Test
    void thePeopleAreShapedLikeTheSeedsFourCategories() {
        assertThat(CITY.people()).hasSizeBetween(1_900, 2_100);
        assertThat(CITY.peopleOf(ENTERPRISE_STAFF)).hasSizeGreaterThan(1_000);
        assertThat(CITY.peopleOf(NEW_MEDIA)).hasSizeBetween(100, 150);
        assertThat(CITY.peopleOf(INTERMEDIARY)).hasSizeBetween(500, 560);
        assertThat(CITY.peopleOf(FREELANCER)).hasSizeBetween(10, 19);
        // The registry refuses a second person of the same name, organisation and township: the plan has none.
        assertThat(CITY.people().stream().map(Person::name).distinct()).hasSameSizeAs(CITY.people());
        assertThat(CITY.townships()).hasSize(10);
        assertThat(CITY.people().stream().map(Person::township).distinct()).hasSize(10);
    }

    @Test
    void theOrganisationsAreTheSeeds() {
        List<DemoCity.Organisation> outlets = CITY.organisations().stream()
                .filter(o -> o.kind().equals("MEDIA_OUTLET")).toList();
        assertThat(outlets).hasSizeBetween(30, 39);
        assertThat(outlets.stream().filter(o -> o.followers() > 50_000)).hasSizeBetween(10, 15);
        assertThat(CITY.organisations().stream().filter(o -> o.category().equals(INTERMEDIARY))).hasSize(40);
        assertThat(CITY.organisations().stream().map(DemoCity.Organisation::name).distinct())
                .hasSameSizeAs(CITY.organisations());
        assertThat(CITY.organisations().stream().map(DemoCity.Organisation::kind).distinct()).hasSize(6);
    }

    @Test
    void theThreeMechanismsHaveTheSeedsFigures() {
        List<Person> listed = CITY.people().stream().filter(p -> p.liaison() != null).toList();
        assertThat(listed).hasSize(40);
        Map<String, String> levels = CITY.cadres().stream()
                .collect(Collectors.toMap(DemoCity.Cadre::cadreId, DemoCity.Cadre::level));
        assertThat(listed.stream().map(p -> levels.get(p.liaison().cadreId())).distinct()).hasSize(3);
        assertThat(listed).allSatisfy(p -> assertThat(CITY.cadres()).anyMatch(c -> c.cadreId()
                .equals(p.liaison().cadreId()) && (c.township() == null || c.township().equals(p.township()))));
        assertThat(CITY.people().stream().filter(Person::representative)).hasSize(150);
        assertThat(CITY.people().stream().filter(p -> p.arrangement() != null)).hasSize(19);
        assertThat(CITY.cadres().stream().map(DemoCity.Cadre::level).distinct()).hasSize(3);
        assertThat(CITY.association().members()).hasSize(66);
        assertThat(CITY.conference().units().stream().map(DemoCity.MemberUnit::category).distinct()).hasSize(4);
        for (Person p : CITY.people()) {
            if (p.liaison() != null) {
                assertThat(p.liaison().contacts()).allSatisfy(c -> assertThat(c.date()).isAfter(p.liaison().since()));
            }
        }
    }

    @Test
    void theFourModesHaveTheSeedsFigures() {
        Set<String> visitedIntermediaries = CITY.visits().stream()
                .filter(v -> CITY.organisations().stream().anyMatch(o -> o.name().equals(v.organisation())
                        && o.category().equals(INTERMEDIARY)))
                .map(DemoCity.Visit::organisation).collect(Collectors.toSet());
        assertThat(visitedIntermediaries).hasSize(23);
        assertThat(CITY.visits().stream().flatMap(v -> v.problems().stream())).isNotEmpty()
                .anyMatch(p -> p.resolvedOn() != null).anyMatch(p -> p.resolvedOn() == null);
        assertThat(CITY.activities().stream().map(DemoCity.Activity::kind).distinct()).hasSize(12);
        assertThat(CITY.appraisals().stream().map(DemoCity.Appraisal::kind).distinct()).hasSize(3);
        assertThat(CITY.summaries()).isNotEmpty().allSatisfy(s ->
                assertThat(LocalDate.of(s.year(), s.half() * 6, 1).plusMonths(1)).isBeforeOrEqualTo(TODAY));
        assertThat(CITY.appraisals()).allSatisfy(a -> assertThat(a.ballots())
                .allSatisfy(b -> assertThat(b.nominees()).hasSizeBetween(1, 10).doesNotHaveDuplicates()));
    }

    @Test
    void theContributionChannelsHaveTheSeedsFigures() {
        List<Village> villages = CITY.villages();
        assertThat(villages).hasSize(198);
        List<Agreement> active = villages.stream().flatMap(v -> v.agreements().stream())
                .filter(a -> a.endedOn() == null).toList();
        assertThat(active).hasSize(277);
        assertThat(villages).allSatisfy(v -> assertThat(v.agreements()).anyMatch(a -> a.endedOn() == null));
        assertThat(villages.stream().mapToLong(v -> v.supervisors().size()).sum()).isEqualTo(139);
        assertThat(villages.stream().mapToLong(v -> v.projects().size()).sum()).isEqualTo(78);
        assertThat(villages.stream().mapToLong(v -> v.households().size()).sum()).isEqualTo(285);
        assertThat(villages.stream().flatMap(v -> v.households().stream()).map(DemoCity.Household::code).distinct())
                .hasSize(285);

        assertThat(CITY.suggestions()).hasSize(400);
        Map<Outcome, Long> outcomes = CITY.suggestions().stream()
                .collect(Collectors.groupingBy(DemoCity.Suggestion::outcome, Collectors.counting()));
        assertThat(outcomes.get(Outcome.IMPLEMENTED) + outcomes.get(Outcome.PLANNED)).isGreaterThan(200);
        assertThat(outcomes.get(Outcome.PLANNED)).isBetween(90L, 110L);

        // As analytics counts them: each named member once, and every briefing's audience.
        long named = CITY.consultations().stream().filter(c -> c.beneficiaries() != null)
                .flatMap(c -> c.beneficiaries().stream()).distinct().count();
        long audience = CITY.consultations().stream().filter(c -> c.audience() != null)
                .mapToLong(DemoCity.Consultation::audience).sum();
        assertThat(named + audience).isGreaterThan(600);
        Set<String> members = CITY.association().members().stream().map(DemoCity.Member::person)
                .collect(Collectors.toSet());
        assertThat(CITY.consultations()).allSatisfy(c -> {
            assertThat(members).contains(c.consultant());
            assertThat(c.beneficiaries() == null ? List.<String>of() : c.beneficiaries())
                    .allSatisfy(b -> assertThat(members).contains(b)).doesNotContain(c.consultant());
        });
        assertThat(CITY.research().stream().filter(t -> t.adoptedBy() != null)).hasSize(6);
    }

    @Test
    void everyPersonNamedIsRegisteredAndNotArchived() {
        Map<String, Person> byName = CITY.people().stream().collect(Collectors.toMap(Person::name,
                Function.identity()));
        Set<String> named = new HashSet<>();
        for (RecordComponent component : DemoCity.class.getRecordComponents()) {
            if (!component.getName().equals("people")) {
                collectNames(read(component, CITY), named);
            }
        }
        named.removeAll(CITY.people().stream().filter(p -> p.archiveReason() == null).map(Person::name).toList());
        // What is left must be no person at all: organisation names, titles, texts.
        assertThat(named).noneMatch(byName::containsKey);
        assertThat(CITY.people().stream().filter(p -> p.archiveReason() != null)).hasSize(12)
                .allSatisfy(p -> assertThat(p.liaison()).isNull());
    }

    @Test
    void everyBusinessDayLiesInTheFiveYearsBeforeTodayAndNoneInTheFuture() {
        List<Object[]> days = new ArrayList<>();
        collectDays(CITY, "", days);
        assertThat(days).hasSizeGreaterThan(2_500);
        for (Object[] day : days) {
            String component = (String) day[0];
            LocalDate value = (LocalDate) day[1];
            if (component.equals("today")) {
                continue;
            }
            // A term's end and a problem's due day may lie ahead (the API allows plan dates); nothing else may.
            boolean ahead = component.equals("termEnd") || component.equals("dueOn");
            assertThat(value).as(component).isBeforeOrEqualTo(ahead ? TODAY.plusYears(10) : TODAY.minusDays(1));
            if (!component.equals("termStart")) {
                assertThat(value).as(component).isAfterOrEqualTo(TODAY.minusYears(5));
            }
        }
        assertThat(days.stream().map(d -> ((LocalDate) d[1]).getYear()).distinct()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test
    void aFullLoadStaysWithinTenMinutesAtTheGatewaysRate() {
        long steps = new DemoLoader(null, CITY, 1, System.out).steps();
        assertThat(steps).isBetween(8_000L, 45L * 600);
    }

    @Test
    void aPlannedNameIsLookedUpInTheFormTheServicesStoreIt() {
        assertThat(DemoLoader.same(" 海安恒力机械（中外合资）有限公司 ")).isEqualTo("海安恒力机械(中外合资)有限公司");
        assertThat(DemoLoader.same("加速发展农村电商，全力推进大众创业")).isEqualTo("加速发展农村电商,全力推进大众创业");
    }

    private static void collectNames(Object value, Set<String> names) {
        if (value instanceof String text) {
            names.add(text);
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collectNames(item, names));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collectNames(read(component, record), names);
            }
        }
    }

    private static void collectDays(Object value, String name, List<Object[]> days) {
        if (value instanceof LocalDate day) {
            days.add(new Object[]{name, day});
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collectDays(item, name, days));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collectDays(read(component, record), component.getName(), days);
            }
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return Objects.requireNonNullElse(component.getAccessor().invoke(record), "");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
