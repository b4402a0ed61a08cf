package dev.ficus.migrationguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable part of a Markdown guide: its fenced blocks whose info string is exactly
 * {@code bash}, in page order, each with the output the guide expects of it (a block
 * fenced {@code text expected} that follows it before the next code block). A word after
 * {@code bash} tags a block with what it needs (e.g. {@code bash rabbitmq}), so that a
 * check can leave it out where that is missing ({@link #withoutTagged(String)}). Blocks
 * fenced as {@code sh} or anything else are shown to readers but never run; blocks fenced
 * as plain {@code text} are never compared, so the guide's check lists them
 * ({@link #uncheckedTextLines()}).
 */
record GuideBlocks(List<Block> blocks, List<Integer> uncheckedTextLines) {

    private static final Pattern FENCE = Pattern.compile("^```(\\S*)(?:\\s+(\\S+))?\\s*$");

    private static final Pattern JAVA_JAR = Pattern.compile("(?m)^(\\s*)java -jar ");

    /**
     * One {@code bash} block: its number among them (from 1), the page line of its fence,
     * its tag (empty when none), its script and what it should print.
     */
    record Block(int number, int line, String tag, String script, Optional<ExpectedOutput> expected) {

        /** The first command, to name the block in a failure message. */
        String firstLine() {
            return script.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        }

        Block expecting(ExpectedOutput output) {
            return new Block(number, line, tag, script, Optional.of(output));
        }
    }

    GuideBlocks {
        blocks = List.copyOf(blocks);
        uncheckedTextLines = List.copyOf(uncheckedTextLines);
    }

    static GuideBlocks parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        List<Integer> unchecked = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String infoString = null;
        String tag = null;
        boolean lastWasBash = false;
        int fenceLine = 0;
        List<String> body = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher fence = FENCE.matcher(lines[i]);
            if (infoString == null && fence.matches()) {
                infoString = fence.group(1);
                tag = fence.group(2);
                fenceLine = i + 1;
                body.clear();
            }
            else if (infoString != null && lines[i].strip().equals("```")) {
                boolean expected = infoString.equals("text") && "expected".equals(tag);
                if (expected && !lastWasBash) {
                    throw new IllegalArgumentException(
                            "expected output at line " + fenceLine + " follows no bash block");
                }
                if (expected) {
                    int last = blocks.size() - 1;
                    blocks.set(last, blocks.get(last).expecting(new ExpectedOutput(fenceLine, body)));
                }
                else if (infoString.equals("bash")) {
                    blocks.add(new Block(blocks.size() + 1, fenceLine, tag == null ? "" : tag,
                            String.join("\n", body) + (body.isEmpty() ? "" : "\n"), Optional.empty()));
                }
                else if (infoString.equals("text")) {
                    unchecked.add(fenceLine);
                }
                lastWasBash = infoString.equals("bash");
                infoString = null;
            }
            else if (infoString != null) {
                body.add(lines[i]);
            }
        }
        if (infoString != null) {
            throw new IllegalArgumentException("code block opened at line " + fenceLine + " is never closed");
        }
        return new GuideBlocks(blocks, unchecked);
    }

    /**
     * The same blocks with each port number (a whole number in the scripts and the
     * expected outputs) replaced by its new value.
     */
    GuideBlocks withPorts(Map<Integer, Integer> ports) {
        return new GuideBlocks(blocks.stream()
            .map(block -> new Block(block.number(), block.line(), block.tag(), movePorts(block.script(), ports),
                    block.expected().map(output -> output.withPorts(ports))))
            .toList(), uncheckedTextLines);
    }

    /**
     * The same blocks with {@code options} given to every JVM a script starts with
     * {@code java -jar}: JVM flags that change how fast a process starts, not what it
     * does or prints.
     */
    GuideBlocks withJavaOptions(String options) {
        return new GuideBlocks(blocks.stream()
            .map(block -> new Block(block.number(), block.line(), block.tag(),
                    JAVA_JAR.matcher(block.script())
                        .replaceAll("$1java " + Matcher.quoteReplacement(options) + " -jar "),
                    block.expected()))
            .toList(), uncheckedTextLines);
    }

    /**
     * The same guide without the blocks tagged {@code tag} (and their expected output),
     * the others numbered again in order.
     */
    GuideBlocks withoutTagged(String tag) {
        List<Block> kept = new ArrayList<>();
        for (Block block : blocks) {
            if (!block.tag().equals(tag)) {
                kept.add(new Block(kept.size() + 1, block.line(), block.tag(), block.script(), block.expected()));
            }
        }
        return new GuideBlocks(kept, uncheckedTextLines);
    }

    /** The blocks tagged {@code tag}, in page order. */
    List<Block> tagged(String tag) {
        return blocks.stream().filter(block -> block.tag().equals(tag)).toList();
    }

    static String movePorts(String text, Map<Integer, Integer> ports) {
        String moved = text;
        for (Map.Entry<Integer, Integer> port : ports.entrySet()) {
            moved = moved.replaceAll("\\b" + port.getKey() + "\\b", String.valueOf(port.getValue()));
        }
        return moved;
    }

    /**
     * For each block whose output differs from what the guide shows, a line naming the
     * expected block, its command block and the first line that differs.
     */
    List<String> mismatchesIn(GuideSession.Transcript transcript) {
        List<String> mismatches = new ArrayList<>();
        for (Block block : blocks) {
            block.expected()
                .flatMap(expected -> expected.mismatchIn(transcript.outputOf(block))
                    .map(why -> "expected output at line %d (of the command block at line %d, %s): %s"
                        .formatted(expected.line(), block.line(), block.firstLine(), why)))
                .ifPresent(mismatches::add);
        }
        return mismatches;
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
