package dev.ficus.analyzer.graph.facts;

import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the XML descriptors that name Java types: servlets and their URL patterns in
 * {@code web.xml}, and MyBatis mappers ({@code <mapper namespace="...">}) with the SQL of
 * their statements. Files that are neither, or do not parse, are ignored: XML is only a
 * hint here.
 */
public final class XmlDescriptors {

    private static final List<String> STATEMENTS = List.of("select", "insert", "update", "delete");

    private final Predicate<String> analysed;

    private final Function<Path, String> relative;

    public XmlDescriptors(Predicate<String> analysed, Function<Path, String> relative) {
        this.analysed = analysed;
        this.relative = relative;
    }

    public void read(Path file, FileFacts facts) {
        String text;
        Document document;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains("<web-app") && !text.contains("<mapper")) {
                return;
            }
            document = builder().parse(new InputSource(new StringReader(text)));
        }
        catch (IOException | SAXException | ParserConfigurationException | RuntimeException e) {
            return;
        }
        Element root = document.getDocumentElement();
        if (root.getTagName().equals("web-app")) {
            servlets(root, facts);
        }
        else if (root.getTagName().equals("mapper")) {
            mapper(root, text, relative.apply(file), facts);
        }
    }

    private void servlets(Element webApp, FileFacts facts) {
        Map<String, List<String>> patterns = new HashMap<>();
        for (Element mapping : children(webApp, "servlet-mapping")) {
            patterns.computeIfAbsent(childText(mapping, "servlet-name"), name -> new ArrayList<>())
                .addAll(children(mapping, "url-pattern").stream().map(e -> e.getTextContent().strip()).toList());
        }
        for (Element servlet : children(webApp, "servlet")) {
            String type = childText(servlet, "servlet-class");
            if (!analysed.test(type)) {
                continue;
            }
            String simpleName = type.substring(type.lastIndexOf('.') + 1);
            for (String pattern : patterns.getOrDefault(childText(servlet, "servlet-name"), List.of())) {
                facts.entryPoints.add(new EntryPoint(type, Kind.SERVLET, pattern, simpleName));
            }
        }
    }

    private void mapper(Element mapper, String text, String file, FileFacts facts) {
        String namespace = mapper.getAttribute("namespace").strip();
        if (!analysed.test(namespace)) {
            return;
        }
        for (String statement : STATEMENTS) {
            for (Element element : children(mapper, statement)) {
                String sql = element.getTextContent();
                int line = lineOf(text, "id=\"" + element.getAttribute("id") + "\"");
                facts.sql.add(new FileFacts.Sql(namespace, sql, "mybatis", new SourceLocation(file, line)));
            }
        }
    }

    private static DocumentBuilder builder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // descriptors name DTDs on the internet; never fetch them
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                result.add(element);
            }
        }
        return result;
    }

    private static String childText(Element parent, String tag) {
        return children(parent, tag).stream().findFirst().map(e -> e.getTextContent().strip()).orElse("");
    }

    private static int lineOf(String text, String needle) {
        int index = text.indexOf(needle);
        if (index < 0) {
            return 1;
        }
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

}
