package org.haian.strata.platform.messaging;

import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.haian.strata.contract.TownshipEvent;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.township.Deployments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServedTownshipsOnlyTest {

    private final ServedTownshipsOnly yazhou = new ServedTownshipsOnly(yazhouDeployment());

    @Test
    void anEventOfAServedTownshipGoesThrough() {
        EventMessage<?> event = GenericEventMessage.asEventMessage(new Happened("yazhou"));

        assertThat(yazhou.handle(List.of(event)).apply(0, event)).isSameAs(event);
    }

    @Test
    void anEventOfATownshipServedElsewhereIsRefusedNamingTheDeploymentThatServesIt() {
        EventMessage<?> event = GenericEventMessage.asEventMessage(new Happened("qutang"));

        assertThatThrownBy(() -> yazhou.handle(List.of(event)).apply(0, event))
                .isInstanceOfSatisfying(CommandRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(CommandRefused.Kind.SERVED_ELSEWHERE);
                    assertThat(refused.field()).isEqualTo("township");
                    assertThat(refused.reason()).contains("qutang", "deployment city");
                });
    }

    @Test
    void anEventOfNoTownshipGoesThrough() {
        EventMessage<?> cityWide = GenericEventMessage.asEventMessage("a conference established");

        assertThat(yazhou.handle(List.of(cityWide)).apply(0, cityWide)).isSameAs(cityWide);
    }

    private static Deployments yazhouDeployment() {
        Deployments deployments = new Deployments();
        deployments.setName("yazhou");
        deployments.getServes().put("yazhou", "yazhou");
        deployments.getServes().put("city", "*");
        return deployments;
    }

    private record Happened(String township) implements TownshipEvent {
    }
}
