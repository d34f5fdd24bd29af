package vn.doanket;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text a user reads exists in both languages, and every key the code or a page names exists. */
class MessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static final Pattern JAVA_KEY = Pattern.compile(
			"\"((?:error|area|areas|user|users|password|committee|cluster|clusters|field|role|level|merge|home|login|nav|units|audit)\\.[a-zA-Z0-9_.]+[a-zA-Z0-9])\"");

	@Test
	void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
		Properties vi = load("messages_vi.properties");
		Properties en = load("messages_en.properties");
		assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(vi.stringPropertyNames()));
		vi.stringPropertyNames().forEach(key -> assertThat(vi.getProperty(key)).as(key).isNotBlank());
	}

	@Test
	void everyKeyUsedInPagesAndCodeExists() throws IOException {
		Set<String> keys = load("messages_vi.properties").stringPropertyNames();
		Set<String> used = new HashSet<>();
		collect(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY, used);
		collect(Path.of("src/main/java"), ".java", JAVA_KEY, used);
		assertThat(used).isNotEmpty();
		assertThat(new TreeSet<>(used)).allSatisfy(key -> assertThat(keys).as("message key " + key).contains(key));
	}

	@Test
	void theBaseBundleCarriesNoTexts() throws IOException {
		assertThat(load("messages.properties")).isEmpty();
	}

	private static void collect(Path root, String suffix, Pattern pattern, Set<String> into) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					into.add(matcher.group(1));
				}
			}
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

}
