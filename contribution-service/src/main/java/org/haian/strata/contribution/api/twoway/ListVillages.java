package org.haian.strata.contribution.api.twoway;

import org.haian.strata.contract.contribution.VillageKind;

/** One page of villages and communities by name; each filter is optional ({@code null} matches every value). */
public record ListVillages(String township, VillageKind kind, int page, int size) {
}
