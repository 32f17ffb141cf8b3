package org.haian.strata.platform.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * A name as it is seen, not as it was typed: Unicode compatibility forms folded (ＡＢＣ, the ideographic space),
 * invisible characters (zero-width space, joiners, direction marks, word joiner) and control characters removed,
 * and every run of blanks one space, with none around it. {@code 卢克虎}, {@code 卢\u200b克虎}, {@code 卢克虎\u200e} and
 * {@code 卢克\u2060虎} are one name: stored names and the names they are compared and searched with go through here.
 */
public final class VisibleText {

    /** Format characters (Cf: zero-width space and joiners, direction marks, word joiner, BOM) and controls (Cc). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\s]]");
    private static final Pattern BLANKS = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private VisibleText() {
    }

    /** The visible form of a text; {@code null} for an absent one or one that shows nothing at all. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String visible = BLANKS.matcher(INVISIBLE.matcher(folded).replaceAll("")).replaceAll(" ").strip();
        return visible.isEmpty() ? null : visible;
    }
}
