package org.haian.strata.outreach.web.connection;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.haian.strata.outreach.web.references.RecordId;

/** The body of {@code POST /api/outreach/address-books/{bookId}/entries}: a registered member of enterprise staff. */
@Schema(example = "{\"personId\":\"5f0c2a52-9a7c-4d5e-8d0f-1b2c3d4e5f60\",\"online\":true}")
public record AddressBookEntryRequest(
        @NotNull @Pattern(regexp = RecordId.PATTERN, message = RecordId.MESSAGE) String personId,
        @NotNull Boolean online) {
}
