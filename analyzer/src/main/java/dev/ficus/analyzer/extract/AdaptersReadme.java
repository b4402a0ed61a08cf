package dev.ficus.analyzer.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The README of the monolith adapters: which classes to copy into the monolith and what
 * each one changes there, told from what was generated for the candidate at hand. Only a
 * candidate the monolith calls through an interface gets a client that
 * {@code ficus.extracted.<name>.url} switches on; a candidate that only listens to the
 * monolith's events is reached through the broker, and a class the monolith calls stays
 * in-process.
 */
final class AdaptersReadme {

    private static final Template TEMPLATE = Template.load("monolith-adapters-README.md");

    private static final Pattern CLIENT_WIRING = Pattern.compile(".*/Remote(\\w+)Configuration\\.java");

    private static final int WIDTH = 120;

    private final ServiceNames names;

    private final CandidateBoundary boundary;

    /** The adapters' paths, relative to the adapters folder. */
    private final List<String> adapters;

    private final List<String> switched;

    private final BootLine line;

    AdaptersReadme(ServiceNames names, CandidateBoundary boundary, List<GeneratedFile> files, BootLine line) {
        this.line = line;
        this.names = names;
        this.boundary = boundary;
        this.adapters = files.stream()
            .map(GeneratedFile::path)
            .filter(path -> path.startsWith(ServiceProject.ADAPTERS))
            .map(path -> path.substring(ServiceProject.ADAPTERS.length()))
            .toList();
        this.switched = switchedTypes(files);
    }

    /**
     * The simple names of the monolith's interfaces whose users call the service once
     * {@code ficus.extracted.<name>.url} is set: those a client was generated for.
     */
    static List<String> switchedTypes(List<GeneratedFile> files) {
        List<String> types = new ArrayList<>();
        for (GeneratedFile file : files) {
            Matcher matcher = CLIENT_WIRING.matcher(file.path());
            if (file.path().startsWith(ServiceProject.ADAPTERS) && matcher.matches()) {
                types.add(matcher.group(1));
            }
        }
        return types;
    }

    /** The README, when there are adapters at all. */
    Optional<GeneratedFile> file() {
        if (this.adapters.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = this.adapters.stream().map(path -> "- `" + path + "`").toList();
        Map<String, String> values = new HashMap<>(this.names.values());
        values.put("adapters", String.join("\n", lines));
        values.put("calls", calls());
        values.put("events", EventSources.readmeNote(this.names, lines));
        return Optional.of(new GeneratedFile(ServiceProject.ADAPTERS + "README.md", TEMPLATE.render(values)));
    }

    /**
     * How the monolith's calls reach the candidate, and the service's calls the monolith.
     */
    private String calls() {
        List<String> switched = this.switched;
        String name = this.names.candidate();
        String url = "`ficus.extracted." + name + ".url`";
        List<String> paragraphs = new ArrayList<>();
        classesEndingWith("ServiceCalls").forEach(calls -> paragraphs.add("Calls to the service (`" + calls
                + "`) need these libraries in the monolith's build, if it lacks them: "
                + this.line.templateValues().get("restClientLibrary")
                + ", `io.github.resilience4j:resilience4j-circuitbreaker` and `resilience4j-retry`,"
                + " `org.apache.httpcomponents.client5:httpclient5`."));
        if (!switched.isEmpty()) {
            paragraphs.add("The monolith keeps calling its own " + codeList(switched)
                    + (switched.size() == 1 ? " bean" : " beans") + " until " + url
                    + " is set, e.g. `--ficus.extracted." + name + ".url=http://localhost:" + this.names.port()
                    + "`; from then on every call it makes to " + (switched.size() == 1 ? "it" : "them")
                    + " goes to the service. Once the service answers only its allowed callers"
                    + " (`--ficus.trust.enabled=true`), start the monolith with `--ficus.trust.token=TOKEN`, the"
                    + " token the service has for `" + CallerAllowList.MONOLITH + "`: its calls go by that name"
                    + " (or by its own `ficus.trust.caller`).");
        }
        List<String> inProcess = this.boundary.incomingOperations()
            .keySet()
            .stream()
            .filter(type -> !switched.contains(MonolithCode.simpleName(type)))
            .toList();
        if (!inProcess.isEmpty()) {
            boolean one = inProcess.size() == 1;
            String why = one ? "it " + this.boundary.whyNoClient(inProcess.get(0))
                    : String.join("; ", inProcess.stream()
                        .map(type -> "`" + MonolithCode.simpleName(type) + "` " + this.boundary.whyNoClient(type))
                        .toList());
            paragraphs.add("The monolith keeps calling "
                    + codeList(inProcess.stream().map(MonolithCode::simpleName).toList()) + " in-process: " + why
                    + ", so no client here replaces " + (one ? "it" : "them")
                    + (switched.isEmpty() ? ", and " + url + " switches nothing yet" : ", whatever " + url + " says")
                    + " (see Needs you in the service's README).");
        }
        if (this.boundary.incomingOperations().isEmpty()) {
            paragraphs.add("Nothing in the monolith calls the " + name + " classes (the plan lists no call into them"
                    + (this.boundary.listenedEvents().isEmpty() ? "" : ": they only listen to its events")
                    + "), so no setting switches the monolith over to the service"
                    + (classesEndingWith("EventForwarding").isEmpty() ? ""
                            : ": it reaches the service only through the events below")
                    + ". The monolith's own " + name
                    + " classes keep running beside the service until you remove them.");
        }
        List<String> endpoints = classesEndingWith("Endpoints");
        if (!endpoints.isEmpty()) {
            boolean one = endpoints.size() == 1;
            paragraphs.add(codeList(endpoints) + (one ? " serves" : " serve")
                    + " the calls the service makes back into the monolith (at the service's `ficus.monolith.url`),"
                    + " each of them only once `InternalCallers` (beside it, which it cannot compile without) says"
                    + " the call comes from a service of the plan that calls that type back (" + this.names.artifactId()
                    + " among them) with its token: start the monolith with `--ficus.trust.callers."
                    + this.names.artifactId() + "=TOKEN` and the service with `--ficus.trust.token=TOKEN`. Until the"
                    + " monolith names one of them, every call there is refused (403); a call without such a name and"
                    + " its token gets 401 (a monolith whose own exception handler turns"
                    + " every error into an answer of its own still refuses it, in its own words). No path, address"
                    + " or forwarded header counts. The paths are under `/internal/`, which the strangler gateway"
                    + " never forwards from users: a monolith that guards every path itself (Spring Security,"
                    + " Sa-Token, Shiro) must let the service's calls there in, since a call made outside a user's"
                    + " request (the service's own login, say) carries no user's credentials; the check above is"
                    + " theirs.");
        }
        return String.join("\n\n", paragraphs.stream().map(AdaptersReadme::wrap).toList());
    }

    private List<String> classesEndingWith(String suffix) {
        return this.adapters.stream()
            .filter(path -> path.endsWith(suffix + ".java"))
            .map(path -> path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length()))
            .toList();
    }

    private static String codeList(List<String> names) {
        List<String> quoted = names.stream().map(name -> "`" + name + "`").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
    }

    /** The paragraph broken between words into lines of at most {@link #WIDTH}. */
    private static String wrap(String paragraph) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : paragraph.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > WIDTH) {
                out.append('\n');
                lineLength = 0;
            }
            else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

}
