package org.haian.strata.outreach.web.connection;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.haian.strata.outreach.web.references.RecordId;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/outreach/address-books}: the keeper, a cadre of liaison's registry. A township
 * cadre's book is in their township; a science-and-technology town mayor (a city cadre) names the township.
 */
@Schema(example = "{\"township\":\"libao\",\"keeperCadreId\":\"zhang.wei\"}")
public record OpenAddressBookRequest(
        @KnownTownship String township,
        @NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String keeperCadreId) {
}
