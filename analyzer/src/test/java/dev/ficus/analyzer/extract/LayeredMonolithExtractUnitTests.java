package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.cli.FicusRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ficus extract} on a monolith organised by layer
 * ({@code fixtures/layered-library}: every feature's controllers in one package, its
 * services in another), where a candidate's packages are shared with the other
 * candidates, its entities are used across candidates and one transaction spans two of
 * them.
 */
class LayeredMonolithExtractUnitTests {

    private static final Path LIBRARY = Path.of("../fixtures/layered-library").toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    private static Path plan;

    @BeforeAll
    static void analyzeAndPlan() {
        Path out = folder.resolve("ficus-out");
        ficus("analyze", LIBRARY.toString(), "--out", out.toString(), "--quiet");
        ficus("plan", LIBRARY.toString(), "--analysis", out.resolve("analysis.json").toString(), "--out",
                out.toString());
        plan = out.resolve("plan.json");
    }

    @Test
    void namesTheTransactionThatSpansLoansAndFines() throws IOException {
        Path out = folder.resolve("fines-for-transactions");

        ficus("extract", "fines", "--plan", plan.toString(), "--out", out.toString());

        assertThat(Files.readString(out.resolve("README.md")))
            .contains("`LoanService.giveBack` (loans) calls `FineService.charge` (fines) inside one transaction");
    }

    @Test
    void leavesReadOnlyTransactionsOut() throws IOException {
        Path out = folder.resolve("books-for-transactions");

        ficus("extract", "books", "--plan", plan.toString(), "--out", out.toString());

        String readme = Files.readString(out.resolve("README.md"));
        assertThat(readme).as("a read-only transaction commits nothing")
            .doesNotContain("`ReservationService.queueFor`")
            .contains("`LoanService.borrow` (loans) calls `CatalogService.copy` (books) inside one transaction");
    }

    @Test
    void scansTheSharedLayerPackagesWithoutTheOtherCandidatesTypes() throws IOException {
        Path out = folder.resolve("members-service");

        ficus("extract", "members", "--plan", plan.toString(), "--out", out.toString());

        String application = Files
            .readString(out.resolve("src/main/java/dev/ficus/membersservice/MembersServiceApplication.java"));
        assertThat(application)
            .contains("@ComponentScan(\n        basePackages = { \"dev.ficus.membersservice\", "
                    + "\"org.example.library.controller\", \"org.example.library.domain\",\n"
                    + "                \"org.example.library.repository\", \"org.example.library.service\" },\n"
                    + "        excludeFilters = {")
            .contains("\"org\\\\.example\\\\.library\\\\.controller\\\\.LoanController(\\\\$.*)?\"")
            .contains("\"org\\\\.example\\\\.library\\\\.service\\\\.FineService(\\\\$.*)?\"")
            .doesNotContain("MemberController(")
            .doesNotContain("MemberService(")
            .doesNotContain("@SpringBootApplication");
    }

    @Test
    void standsASubclassCallingTheMonolithInForEachClassOfAnotherCandidateItCalls() throws IOException {
        Path out = folder.resolve("reservations-service");

        ficus("extract", "reservations", "--plan", plan.toString(), "--out", out.toString());

        Path code = out.resolve("src/main/java/dev/ficus/reservationsservice");
        String application = Files.readString(code.resolve("ReservationsServiceApplication.java"));
        assertThat(application).as("the classes the subclasses stand in for are not scanned")
            .contains("LoanController(", "\"org\\\\.example\\\\.library\\\\.service\\\\.CatalogService(\\\\$.*)?\"",
                    "\"org\\\\.example\\\\.library\\\\.service\\\\.MemberService(\\\\$.*)?\"")
            .doesNotContain("ReservationService(");
        assertThat(Files.readString(code.resolve("remote/RemoteMemberService.java"))).contains(
                "class RemoteMemberService extends MemberService {",
                "        super((MemberRepository) null);\n        this.calls = calls;\n",
                "    public Member member(Long id) {\n        return calls.read(");
        assertThat(Files.readString(code.resolve("remote/MonolithConfiguration.java")))
            .as("a factory's object gets no field injection or init callbacks, which would need the class's beans")
            .contains("    FactoryBean<MemberService> remoteMemberService(MonolithCalls calls) {\n"
                    + "        return new FactoryBean<>() {\n");
    }

    @Test
    void scansTheBeansOfACandidateItCallsButNotItsControllers() throws IOException {
        Path out = folder.resolve("loans-service");

        ficus("extract", "loans", "--plan", plan.toString(), "--out", out.toString());

        String application = Files
            .readString(out.resolve("src/main/java/dev/ficus/loansservice/LoansServiceApplication.java"));
        assertThat(application).contains("\"org\\\\.example\\\\.library\\\\.controller\\\\.BookController(\\\\$.*)?\"")
            .doesNotContain("BookRepository(");
    }

    @Test
    void generatesNoEndpointForAnEntityOtherCandidatesHold() {
        Path out = folder.resolve("members-service");

        ficus("extract", "members", "--plan", plan.toString(), "--out", out.toString(), "--force");

        assertThat(out.resolve("src/main/java/dev/ficus/membersservice/api/MemberEndpoints.java")).doesNotExist();
        assertThat(out.resolve("src/main/java/dev/ficus/membersservice/api/MemberServiceEndpoints.java")).exists();
    }

    @Test
    void saysWhatFailsWhereTheCandidateLoadsAnotherCandidatesEntity() throws IOException {
        Path out = folder.resolve("fines-service");

        ficus("extract", "fines", "--plan", plan.toString(), "--out", out.toString());

        assertThat(Files.readString(out.resolve("README.md")))
            .contains("uses `Loan`, a JPA entity of loans (shared entity): its table is not in this service's database")
            .contains("uses `Member`, a JPA entity of members (shared entity)");
    }

    private static void ficus(String... args) {
        FicusRun.succeeded(args);
    }

}
