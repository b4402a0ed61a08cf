package dev.ficus.analyzer.source;

import com.github.javaparser.ast.CompilationUnit;

/**
 * One Java file that parsed: its syntax tree and where it came from.
 *
 * @param file path relative to the analysed root, with {@code /} separators
 * @param unit the syntax tree
 * @param loc non-blank, non-comment lines
 */
public record ParsedFile(String file, CompilationUnit unit, int loc) {
}
