package dev.guanxi.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.guanxi.shared.search.Pinyin;
import dev.guanxi.shared.search.SearchKeys;
import dev.guanxi.shared.search.SearchQuery;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeysTest {

    @Test
    void aChineseNameIsFoundByEveryPairOfCharactersItsPinyinAndItsInitials() {
        SearchKeys keys = SearchKeys.of("张伟", true, List.of("138-1234-5678"), List.of("ZW@Example.cn"));
        assertThat(keys.tokens()).contains("张伟", "张", "伟", "zh", "zw", "we", "ei");
        assertThat(keys.text()).contains("张伟", "zhangwei", "zw", "13812345678", "zw@example.cn");
    }

    @Test
    void familyNamesWithTwoReadingsAreSpelledAsNames() {
        assertThat(Pinyin.of("曾小贤", true).full()).isEqualTo("zengxiaoxian");
        assertThat(Pinyin.of("单田芳", true).initials()).isEqualTo("stf");
    }

    @Test
    void fullWidthLettersAndCaseFoldToTheSameKey() {
        assertThat(SearchKeys.normalize("ＡＢＣ  Trading")).isEqualTo("abc trading");
    }

    @ParameterizedTest
    @CsvSource({
            "张伟, TOKEN, 张伟",
            "王, TOKEN, 王",
            "zw, TOKEN, zw",
            "z, PREFIX_ONLY, z",
            "华为技术, CONTAINS, 华为技术",
            "138 1234, CONTAINS, 1381234",
            "Acme Corp, CONTAINS, acme corp"
    })
    void queriesUseTheIndexThatCanAnswerThem(String raw, SearchQuery.Kind kind, String normalized) {
        SearchQuery query = SearchQuery.parse(raw);
        assertThat(query.kind()).isEqualTo(kind);
        assertThat(query.normalized()).isEqualTo(normalized);
    }

    @Test
    void likeWildcardsInAQueryAreMatchedLiterally() {
        SearchQuery query = SearchQuery.parse("50%_off");
        assertThat(query.condition("a").params().get("searchPattern")).isEqualTo("%50\\%\\_off%");
    }

    @Test
    void blankQueriesSearchNothing() {
        assertThat(SearchQuery.parse("   ")).isNull();
        assertThat(SearchQuery.parse(null)).isNull();
    }
}
