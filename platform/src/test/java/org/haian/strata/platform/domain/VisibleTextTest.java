package org.haian.strata.platform.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTextTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"卢克虎", "卢\u200b克虎", "卢克虎\u200e", "卢克\u2060虎", "\ufeff卢克虎", " 卢克虎\u3000", "卢克虎\u0000"})
    void invisibleCharactersAndBlanksAroundDoNotMakeAnotherName(String typed) {
        assertThat(VisibleText.of(typed)).isEqualTo("卢克虎");
    }

    @Test
    void fullWidthFormsAreFoldedAndBlanksCollapsed() {
        assertThat(VisibleText.of("Ｌｕ\u3000\u3000  Kehu\t")).isEqualTo("Lu Kehu");
    }

    @Test
    void aTextThatShowsNothingIsNoText() {
        assertThat(VisibleText.of("\u200b \u200e")).isNull();
        assertThat(VisibleText.of(null)).isNull();
    }
}
