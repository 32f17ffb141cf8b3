package org.haian.strata.platform.domain;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Matches the refusal a rule must produce: its kind (which decides the HTTP status), the field, the reason. The
 * services' aggregate tests share it through the platform's test-jar.
 */
public final class Refusal {

    private Refusal() {
    }

    public static Matcher<CommandRefused> refused(CommandRefused.Kind kind, String field) {
        return refused(kind, field, null);
    }

    public static Matcher<CommandRefused> refused(CommandRefused.Kind kind, String field, String reason) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(CommandRefused refusal, Description mismatch) {
                mismatch.appendText("was refused ").appendValue(refusal.kind()).appendText(" on ")
                        .appendValue(refusal.field()).appendText(": ").appendValue(refusal.reason());
                return refusal.kind() == kind && field.equals(refusal.field())
                        && (reason == null || reason.equals(refusal.reason()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("refused ").appendValue(kind).appendText(" on ").appendValue(field);
                if (reason != null) {
                    description.appendText(": ").appendValue(reason);
                }
            }
        };
    }
}
