package org.haian.strata.platform.township;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeploymentsTest {

    private final Townships known = new Townships();

    DeploymentsTest() {
        known.getTownships().put("yazhou", "雅周镇");
        known.getTownships().put("libao", "李堡镇");
        known.getTownships().put("qutang", "曲塘镇");
    }

    @Test
    void withNothingConfiguredADeploymentServesEveryTownship() {
        Deployments alone = new Deployments();

        alone.check(known);

        assertThat(alone.serves("yazhou")).isTrue();
        assertThat(alone.servedBy("yazhou")).isEmpty();
    }

    @Test
    void aTownshipsOwnDeploymentServesItAndTheCityEveryOtherTownship() {
        Deployments yazhou = deployment("yazhou");
        Deployments city = deployment("city");

        assertThat(yazhou.serves("yazhou")).isTrue();
        assertThat(yazhou.serves("qutang")).isFalse();
        assertThat(yazhou.servedBy("qutang")).contains("city");
        assertThat(city.serves("yazhou")).isFalse();
        assertThat(city.servedBy("yazhou")).contains("yazhou");
        assertThat(city.serves("qutang")).isTrue();
    }

    @Test
    void aDeploymentCanServeSeveralTownships() {
        Deployments east = deployment("east");
        east.getServes().put("east", "libao, qutang");

        assertThat(east.serves("qutang")).isTrue();
        assertThat(east.serves("libao")).isTrue();
        assertThat(east.servedBy("yazhou")).contains("yazhou");
    }

    @Test
    void anUnknownTownshipOrAMapWithoutThisDeploymentFailsTheStart() {
        Deployments typo = deployment("yazhou");
        typo.getServes().put("yazhou", "yazou");
        Deployments leftOut = deployment("libao");

        assertThatThrownBy(() -> typo.check(known)).hasMessageContaining("yazou");
        assertThatThrownBy(() -> leftOut.check(known)).hasMessageContaining("(libao)");
    }

    private static Deployments deployment(String name) {
        Deployments deployments = new Deployments();
        deployments.setName(name);
        deployments.getServes().put("yazhou", "yazhou");
        deployments.getServes().put("city", Deployments.EVERY_OTHER_TOWNSHIP);
        return deployments;
    }
}
