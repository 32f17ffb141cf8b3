package org.haian.strata.liaison.projection;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the registry compares names and organisations: a form typed twice rarely matches to the character, so
 * surrounding and repeated whitespace, letter case and full-width forms (ＡＢＣ, the ideographic space) are ironed out.
 */
final class IdentityKey {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private IdentityKey() {
    }

    /** The comparable form of a text; null for an absent or blank one. */
    static String of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return WHITESPACE.matcher(folded).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
