package dev.guanxi.imports.internal.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimilarityTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            GTX-Pro        | gtxpro
            gtx pro        | gtxpro
            ＧＴＸ　Ｐｒｏ      | gtxpro
            北京 华夏-科技     | 北京华夏科技
            A/B (c) 1.5    | abc15
            """)
    void key(String text, String expected) {
        assertThat(Similarity.key(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1} >= {2}")
    @CsvSource(delimiter = '|', textBlock = """
            technolgy      | technology     | 0.9
            Moses Frase    | Moses Fraser   | 0.9
            GTX-Pro        | gtx pro        | 1.0
            北京华夏科技       | 北京华夏科技有限公司   | 0.9
            """)
    void similar(String a, String b, double atLeast) {
        assertThat(Similarity.score(a, b)).isGreaterThanOrEqualTo(atLeast);
        assertThat(Similarity.score(b, a)).isEqualTo(Similarity.score(a, b));
    }

    @ParameterizedTest(name = "{0} ~ {1} < 0.75")
    @CsvSource(delimiter = '|', textBlock = """
            technology     | banana
            Moses Fraser   | Invoice
            Phone          | Birthday
            客户名称           | 电话
            ''             | ''
            """)
    void unrelated(String a, String b) {
        assertThat(Similarity.score(a, b)).isLessThan(0.75);
    }

    record Product(String name, List<String> aliases) {
    }

    @Test
    void bestRanksCandidatesByTheirBestLabel() {
        Product gtx = new Product("GTX Pro", List.of("GTX-Pro 2024", "显卡 Pro"));
        Product gtxMini = new Product("GTX Pro Max", List.of());
        Product desk = new Product("Standing desk", List.of("Desk"));
        List<Product> products = List.of(desk, gtxMini, gtx);

        List<Similarity.Suggestion<Product>> found = Similarity.best("gtx-pro", products,
                p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p.name()), p.aliases().stream()).toList(),
                5, 0.75);

        assertThat(found).extracting(Similarity.Suggestion::candidate).containsExactly(gtx, gtxMini);
        assertThat(found.get(0).label()).isEqualTo("GTX Pro");
        assertThat(found.get(0).score()).isEqualTo(1.0);
        assertThat(Similarity.best("gtx-pro", products, p -> List.of(p.name()), 1, 0.0)).hasSize(1);
        assertThat(Similarity.best("  ", products, p -> List.of(p.name()), 5, 0.0)).isEmpty();
    }
}
