package org.haian.strata.contribution.web.suggestions;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.contribution.SuggestionLevel;
import org.haian.strata.platform.township.KnownTownship;

/**
 * The body of {@code POST /api/contribution/suggestions}: who wrote it (people of the registry), where it is kept (a
 * township officer may leave the township out: theirs is taken), what it says and to whom, and optionally the
 * two-way agreement or the government meeting it came from.
 */
@Schema(example = "{\"township\":\"libao\",\"category\":\"ENTERPRISE_STAFF\",\"authorIds\":[\"2f6e1c9a-4b7d-4e8f-9a1b-3c5d7e9f1a2b\"],\"topic\":\"关于加强总部经济的建议\",\"text\":\"Set up a one-stop service desk for firms moving their head office to the town.\",\"level\":\"TOWNSHIP\"}")
public record SubmitSuggestionRequest(
        @KnownTownship String township,
        @NotNull Category category,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> authorIds,
        @NotBlank @Size(max = 200) String topic,
        @NotBlank @Size(max = 5000) String text,
        @NotNull SuggestionLevel level,
        @Size(max = 100) String agreementId,
        @Size(max = 100) String meetingId) {
}
