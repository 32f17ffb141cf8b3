package org.haian.strata.liaison.projection;

import java.time.Instant;

import com.mongodb.client.MongoDatabase;
import org.haian.strata.contract.liaison.CadreLevel;
import org.haian.strata.contract.liaison.CadreRegistered;
import org.haian.strata.liaison.api.listedliaison.CadreView;
import org.haian.strata.liaison.api.listedliaison.FindCadre;
import org.haian.strata.liaison.api.listedliaison.ListCadres;
import org.haian.strata.testsupport.EmbeddedInfraExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/** Events in, read model out, on the real MongoDB-wire server. */
@ExtendWith(EmbeddedInfraExtension.class)
class CadreRegistryTest {

    private static final Instant AT = Instant.parse("2025-01-02T03:04:05Z");

    private CadreRegistry registry;

    @BeforeEach
    void setUp(MongoDatabase readModels) {
        registry = new CadreRegistry(readModels);
    }

    @Test
    void aCadreIsFoundByTheirSignInNameEvenOneWithADot() {
        registry.on(new CadreRegistered("zhang.wei", "Zhang Wei", CadreLevel.TOWNSHIP, "libao", "deputy head"), 0, AT);
        registry.on(new CadreRegistered("zhang.wei", "Zhang Wei", CadreLevel.TOWNSHIP, "libao", "deputy head"), 0, AT);

        assertThat(registry.handle(new FindCadre("zhang.wei"))).contains(
                new CadreView("zhang.wei", "Zhang Wei", CadreLevel.TOWNSHIP, "libao", "deputy head"));
        assertThat(registry.handle(new FindCadre("zhang-wei"))).isEmpty();
    }

    @Test
    void aTownshipSeesItsOwnCadresAndTheCityLevelOnesAndTheCitySeesAll() {
        registry.on(new CadreRegistered("mayor", "Mayor", CadreLevel.CITY_LEADERSHIP, null, null), 0, AT);
        registry.on(new CadreRegistered("dept", "Department", CadreLevel.DEPARTMENT, null, null), 0, AT);
        registry.on(new CadreRegistered("cadre-libao", "Libao", CadreLevel.TOWNSHIP, "libao", null), 0, AT);
        registry.on(new CadreRegistered("cadre-qutang", "Qutang", CadreLevel.TOWNSHIP, "qutang", null), 0, AT);

        assertThat(registry.handle(new ListCadres("libao"))).extracting(CadreView::cadreId)
                .containsExactly("dept", "cadre-libao", "mayor");
        assertThat(registry.handle(new ListCadres(null))).extracting(CadreView::cadreId)
                .containsExactly("dept", "cadre-libao", "mayor", "cadre-qutang");
    }
}
