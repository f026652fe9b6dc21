package guide.check;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagePatternTest {
    @Test
    void aTermMatchesWholeWordsInAnyCaseWithSpacesOrHyphens() {
        Pattern p = LanguageCheck.pattern("hard to reach groups");
        assertThat(p.matcher("Working with Hard-to-reach groups is hard").find()).isTrue();
        assertThat(p.matcher("hard to reach\tgroups").find()).isTrue();
        assertThat(p.matcher("hard-to-reach services").find()).isFalse();
        assertThat(p.matcher("hard to reach groupsmith").find()).isFalse();
    }

    @Test
    void aSingleWordDoesNotMatchInsideALongerWord() {
        Pattern p = LanguageCheck.pattern("victim");
        assertThat(p.matcher("a victim of crime").find()).isTrue();
        assertThat(p.matcher("victimisation").find()).isFalse();
    }
}
