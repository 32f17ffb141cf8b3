package org.haian.strata.liaison.projection;

import java.util.Locale;

import org.haian.strata.platform.domain.VisibleText;

/**
 * How the registry compares names and organisations: a form typed twice rarely matches to the character, so the
 * visible form is compared ({@link VisibleText}: full-width forms, invisible characters, blanks), and letter case is
 * ironed out too.
 */
public final class IdentityKey {

    private IdentityKey() {
    }

    /** The comparable form of a text; null for an absent or blank one. */
    public static String of(String text) {
        String visible = VisibleText.of(text);
        return visible == null ? null : visible.toLowerCase(Locale.ROOT);
    }
}
