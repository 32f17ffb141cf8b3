package org.haian.strata.analytics.figures.contribution;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haian.strata.analytics.engine.Cell;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.ConsultationBenefited;
import org.haian.strata.contract.contribution.ConsultationField;
import org.haian.strata.contract.contribution.ConsultationGiven;
import org.haian.strata.contract.contribution.PublicGoodActivityHeld;
import org.haian.strata.contract.contribution.PublicGoodActivityKind;
import org.haian.strata.contract.contribution.ResearchReportAdopted;
import org.haian.strata.contract.contribution.ResearchTopicSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.ACTIVITIES;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.ACTIVITY_PARTICIPANTS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.CONSULTATIONS;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.PEOPLE_BENEFITED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.RESEARCH_ADOPTED;
import static org.haian.strata.analytics.figures.contribution.ContributionFigures.RESEARCH_COMMISSIONED;
import static org.haian.strata.analytics.figures.contribution.Counted.recordedOn;

/** Research, mutual aid and public good: what each event counts, and people who benefited each counted once. */
class ChannelFiguresTest {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 10);
    private static final LocalDate APRIL = LocalDate.of(2025, 4, 10);
    private static final Category STAFF = Category.ENTERPRISE_STAFF;

    private final ChannelFigures channels = new ChannelFigures();
    private final BenefitFigures benefits = new BenefitFigures();
    private final Counted counted = new Counted();

    @Test
    void researchCountsInTheCitysCellOfItsCategoryAndAnAdoptionOnItsDay() {
        channels.count(recordedOn(MARCH, new ResearchTopicSet("t1", "Headquarters economy", STAFF), 0), counted);
        channels.count(recordedOn(APRIL, new ResearchReportAdopted("t1", STAFF, "City government", MARCH), 1),
                counted);

        assertThat(counted.on(Cell.CITY, "ENTERPRISE_STAFF", RESEARCH_COMMISSIONED, MARCH)).isEqualTo(1);
        assertThat(counted.on(Cell.CITY, "ENTERPRISE_STAFF", RESEARCH_ADOPTED, MARCH)).isEqualTo(1);
    }

    @Test
    void anActivityCountsOnceAndEachOfItsParticipants() {
        channels.count(recordedOn(APRIL, new PublicGoodActivityHeld("x1", "libao", STAFF, PublicGoodActivityKind.CHARITY,
                "Sunshine Action", MARCH, List.of("p1", "p2", "p3")), 0), counted);

        assertThat(counted.on("libao", "ENTERPRISE_STAFF", ACTIVITIES, MARCH)).isEqualTo(1);
        assertThat(counted.on("libao", "ENTERPRISE_STAFF", ACTIVITY_PARTICIPANTS, MARCH)).isEqualTo(3);
    }

    @Test
    void aMemberWhoBenefitsTwiceIsCountedOnceAndABriefingByItsAudience() {
        ConsultationGiven first = consultation("c1", 2, 0);
        ConsultationGiven second = consultation("c2", 1, 0);
        ConsultationGiven briefing = consultation("c3", 0, 40);
        List<Object> events = List.of(first, new ConsultationBenefited("c1", "p1", "libao", STAFF),
                new ConsultationBenefited("c1", "p2", "libao", STAFF), second,
                new ConsultationBenefited("c2", "p1", "libao", STAFF), briefing);
        Map<String, Benefits> states = new HashMap<>();
        for (Object event : events) {
            channels.count(recordedOn(MARCH, event, 0), counted);
            String key = benefits.keyOf(event);
            if (key != null) {
                states.put(key, benefits.apply(states.get(key), recordedOn(MARCH, event, 0)));
            }
        }
        states.values().forEach(state -> benefits.contribute(state, APRIL, counted));

        assertThat(states).hasSize(3);
        assertThat(counted.on("libao", "ENTERPRISE_STAFF", CONSULTATIONS, MARCH)).isEqualTo(3);
        assertThat(counted.on("libao", "ENTERPRISE_STAFF", PEOPLE_BENEFITED, MARCH)).isEqualTo(2 + 40);
    }

    @Test
    void aMemberCountsFromTheEarliestBenefitRecordedWhicheverArrivesFirst() {
        Benefits state = benefits.apply(null,
                recordedOn(APRIL, new ConsultationBenefited("c2", "p1", "qutang", STAFF), 0));
        state = benefits.apply(state, recordedOn(MARCH, new ConsultationBenefited("c1", "p1", "libao", STAFF), 0));

        assertThat(state).isEqualTo(new Benefits("libao", STAFF, MARCH, 1));
    }

    private static ConsultationGiven consultation(String id, int beneficiaries, int audience) {
        return new ConsultationGiven(id, "libao", STAFF, "consultant", ConsultationField.TAX, MARCH, beneficiaries,
                audience);
    }
}
