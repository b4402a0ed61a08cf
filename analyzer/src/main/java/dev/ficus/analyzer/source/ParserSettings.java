package dev.ficus.analyzer.source;

import com.github.javaparser.ParserConfiguration;

/**
 * The JavaParser configuration the analyzer parses every file with, public so that a
 * benchmark can time parsing alone with exactly the same settings.
 */
public final class ParserSettings {

    private ParserSettings() {
    }

    /**
     * Java 21 syntax, and no comments attributed to nodes (attributing them costs a tenth
     * of the parse, and only the few methods called across a boundary need their javadoc,
     * read from the file then).
     */
    public static ParserConfiguration configuration() {
        return new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
            .setAttributeComments(false);
    }

}
