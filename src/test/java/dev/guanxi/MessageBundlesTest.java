package dev.guanxi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every visible string exists in English and Simplified Chinese, and every key a template names exists. */
class MessageBundlesTest {

    /** The bundles the application loads: {@code spring.messages.basename} in application.yml. */
    private static final List<String> BUNDLES = bundles();

    static List<String> bundles() {
        try {
            Matcher basename = Pattern.compile("(?m)^\\s*basename:\\s*(.+)$")
                    .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
            assertThat(basename.find()).as("spring.messages.basename in application.yml").isTrue();
            return List.of(basename.group(1).strip().split("\\s*,\\s*"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theBundlesAreTheOnesExpected() {
        assertThat(BUNDLES).contains("messages", "i18n/shared", "i18n/sales", "i18n/activity").hasSizeGreaterThan(8);
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> english = load(bundle + ".properties").stringPropertyNames();
        Set<String> chinese = load(bundle + "_zh_CN.properties").stringPropertyNames();
        assertThat(new TreeSet<>(chinese)).as("keys of %s_zh_CN", bundle).isEqualTo(new TreeSet<>(english));
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTranslationIsEmpty(String bundle) throws IOException {
        for (String file : List.of(bundle + ".properties", bundle + "_zh_CN.properties")) {
            Properties properties = load(file);
            properties.stringPropertyNames().forEach(key ->
                    assertThat(properties.getProperty(key)).as("%s in %s", key, file).isNotBlank());
        }
    }

    @Test
    void everyLiteralKeyInTemplatesExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
        Pattern literal = Pattern.compile("#\\{([a-z][a-z0-9_.-]+)[}(]");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literal.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
