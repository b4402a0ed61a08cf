package dev.ficus.analyzer.extract;

/**
 * One file of a generated service.
 *
 * @param path path relative to the service folder, with {@code /} separators
 * @param content the file's text
 */
record GeneratedFile(String path, String content) {
}
