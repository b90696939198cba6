package dev.goldshop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Lints every MyBatis mapper XML of every module: the namespace is an existing mapper
 * interface, each statement id is one of its methods, and {@code ${}} (text spliced into SQL)
 * appears only where our own code picks the value from a fixed list, as allowed below.
 */
class MapperXmlLintTest {
    /**
     * The only places where {@code ${}} is allowed: file name and the exact expression. Each
     * must be an identifier chosen by our code from a fixed list (for example a sort column),
     * never user text.
     */
    static final Set<String> ALLOWED_SPLICES = Set.of();

    private static final Pattern SPLICE = Pattern.compile("\\$\\{[^}]*}");
    private static final Set<String> STATEMENTS = Set.of("select", "insert", "update", "delete");

    static List<Path> mapperFiles() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith("Mapper.xml"))
                    .filter(p -> p.toString().contains("/src/main/resources/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .sorted().collect(Collectors.toList());
        }
    }

    @Test
    void there_are_mappers_to_lint() throws IOException {
        assertThat(mapperFiles()).isNotEmpty();
    }

    @Test
    void no_mapper_splices_text_into_sql_outside_the_allow_list() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : mapperFiles()) {
            Matcher m = SPLICE.matcher(Files.readString(file));
            while (m.find()) {
                String key = file.getFileName() + " " + m.group();
                if (!ALLOWED_SPLICES.contains(key)) {
                    found.add(key);
                }
            }
        }
        assertThat(found).as("${} splices outside the allow-list").isEmpty();
    }

    @Test
    void every_namespace_is_its_mapper_interface_and_every_statement_one_of_its_methods() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path file : mapperFiles()) {
            Document xml = parse(file);
            String namespace = xml.getDocumentElement().getAttribute("namespace");
            String expectedName = file.getFileName().toString().replace(".xml", "");
            if (!namespace.endsWith("." + expectedName)) {
                problems.add(file.getFileName() + ": namespace " + namespace + " does not name " + expectedName);
                continue;
            }
            Class<?> mapper;
            try {
                mapper = Class.forName(namespace);
            } catch (ClassNotFoundException e) {
                problems.add(file.getFileName() + ": no interface " + namespace);
                continue;
            }
            if (!mapper.isInterface()) {
                problems.add(namespace + " is not an interface");
            }
            Set<String> methods = Arrays.stream(mapper.getMethods()).map(Method::getName).collect(Collectors.toSet());
            NodeList children = xml.getDocumentElement().getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                Node node = children.item(i);
                if (node instanceof Element element && STATEMENTS.contains(element.getTagName())) {
                    String id = element.getAttribute("id");
                    if (!methods.contains(id)) {
                        problems.add(file.getFileName() + ": statement '" + id + "' has no method in " + namespace);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void the_splice_check_finds_a_splice() {
        assertThat(SPLICE.matcher("ORDER BY ${sort}").find()).isTrue();
        assertThat(SPLICE.matcher("WHERE id = #{id}").find()).isFalse();
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setValidating(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
