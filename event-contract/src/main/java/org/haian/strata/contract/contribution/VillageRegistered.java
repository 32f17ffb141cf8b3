package org.haian.strata.contract.contribution;

import org.axonframework.serialization.Revision;
import org.haian.strata.contract.TownshipEvent;
import org.haian.strata.contract.personal.NotPersonalData;

/**
 * A village or community (村/居) joined the two-way service (双向服务) registry of its township.
 *
 * @param villageId the village's aggregate id
 * @param township  the township it belongs to
 * @param name      its name
 * @param kind      village or community
 */
@Revision("1")
public record VillageRegistered(String villageId, String township,
                                @NotPersonalData("the name of a village or community, a place") String name,
                                VillageKind kind) implements TownshipEvent {
}
