package dev.ficus.migrationguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable part of a Markdown guide: its fenced blocks whose info string is exactly
 * {@code bash}, in page order. Blocks fenced as {@code text}, {@code sh} or anything else
 * are shown to readers but never run.
 */
record GuideBlocks(List<Block> blocks) {

    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");

    /**
     * One {@code bash} block: its number among them (from 1), the page line of its fence,
     * and its script.
     */
    record Block(int number, int line, String script) {

        /** The first command, to name the block in a failure message. */
        String firstLine() {
            return script.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        }
    }

    GuideBlocks {
        blocks = List.copyOf(blocks);
    }

    static GuideBlocks parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String infoString = null;
        int fenceLine = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            Matcher fence = FENCE.matcher(lines[i]);
            if (infoString == null && fence.matches()) {
                infoString = fence.group(1);
                fenceLine = i + 1;
                body.setLength(0);
            }
            else if (infoString != null && lines[i].strip().equals("```")) {
                if (infoString.equals("bash")) {
                    blocks.add(new Block(blocks.size() + 1, fenceLine, body.toString()));
                }
                infoString = null;
            }
            else if (infoString != null) {
                body.append(lines[i]).append('\n');
            }
        }
        if (infoString != null) {
            throw new IllegalArgumentException("code block opened at line " + fenceLine + " is never closed");
        }
        return new GuideBlocks(blocks);
    }

    /**
     * The same blocks with each port number (a whole number in the scripts) replaced by
     * its new value.
     */
    GuideBlocks withPorts(Map<Integer, Integer> ports) {
        return new GuideBlocks(blocks.stream().map(block -> {
            String script = block.script();
            for (Map.Entry<Integer, Integer> port : ports.entrySet()) {
                script = script.replaceAll("\\b" + port.getKey() + "\\b", String.valueOf(port.getValue()));
            }
            return new Block(block.number(), block.line(), script);
        }).toList());
    }

    /** The last block whose script contains {@code text}. */
    Block lastContaining(String text) {
        return blocks.stream()
            .filter(b -> b.script().contains(text))
            .reduce((first, second) -> second)
            .orElseThrow(() -> new AssertionError("no bash block of the guide contains '" + text + "'"));
    }

    /** The first match of {@code regex}'s group 1 in any block, in page order. */
    String firstMatch(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return blocks.stream()
            .map(b -> pattern.matcher(b.script()))
            .filter(Matcher::find)
            .map(m -> m.group(1))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no bash block of the guide matches " + regex));
    }
}
