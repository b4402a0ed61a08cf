package dev.ficus.analyzer.source;

/** Counts lines that hold code: not blank and not only comment. */
final class LinesOfCode {

    private LinesOfCode() {
    }

    static int count(String source) {
        int lines = 0;
        boolean inBlockComment = false;
        boolean lineHasCode = false;
        int length = source.length();
        for (int i = 0; i < length; i++) {
            char c = source.charAt(i);
            if (c == '\n') {
                lines += lineHasCode ? 1 : 0;
                lineHasCode = false;
            }
            else if (inBlockComment) {
                if (c == '*' && i + 1 < length && source.charAt(i + 1) == '/') {
                    inBlockComment = false;
                    i++;
                }
            }
            else if (c == '/' && i + 1 < length && source.charAt(i + 1) == '/') {
                i = skipToLineEnd(source, i) - 1;
            }
            else if (c == '/' && i + 1 < length && source.charAt(i + 1) == '*') {
                inBlockComment = true;
                i++;
            }
            else if (!Character.isWhitespace(c)) {
                lineHasCode = true;
            }
        }
        return lines + (lineHasCode ? 1 : 0);
    }

    private static int skipToLineEnd(String source, int from) {
        int newline = source.indexOf('\n', from);
        return newline < 0 ? source.length() : newline;
    }

}
