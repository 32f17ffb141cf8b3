package org.haian.strata.liaison.web.people;

import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/liaison/people/{id}/profile}: the whole profile; a field left out is cleared. */
public record UpdateProfileRequest(
        @Size(max = 200) String organisation,
        @Size(max = 100) String role,
        @Size(max = 30) String phone,
        @Size(max = 200) String email,
        @Size(max = 64) String wechat) {
}
