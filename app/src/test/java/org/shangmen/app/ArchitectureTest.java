package org.shangmen.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    static final List<String> MODULES = List.of("identity", "worker", "booking", "dispatch", "billing", "training",
            "notification", "admin", "complaint");
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.shangmen");

    @ParameterizedTest(name = "{0}: the domain imports nothing of Spring, JDBI, Jackson or adapters")
    @ValueSource(strings = {"identity", "worker", "booking", "dispatch", "billing", "training", "notification", "admin", "complaint"})
    void domainIsPure(String module) {
        noClasses().that().resideInAPackage("org.shangmen." + module + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jdbi..", "tools.jackson..",
                        "com.fasterxml.jackson..", "jakarta.persistence..", "..adapter..", "..application..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @ParameterizedTest(name = "{0}: adapters do not use each other; web does not touch persistence")
    @ValueSource(strings = {"identity", "worker", "booking", "dispatch", "billing", "training", "notification", "admin", "complaint"})
    void adaptersAreIndependent(String module) {
        String base = "org.shangmen." + module + ".adapter";
        noClasses().that().resideInAPackage(base + ".in..")
                .should().dependOnClassesThat().resideInAPackage(base + ".out..")
                .allowEmptyShould(true).check(CLASSES);
        noClasses().that().resideInAPackage(base + ".out..")
                .should().dependOnClassesThat().resideInAPackage(base + ".in..")
                .allowEmptyShould(true).check(CLASSES);
        noClasses().that().resideInAPackage(base + ".in.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", base + ".in.event..", base + ".in.demo..")
                .allowEmptyShould(true).check(CLASSES);
    }

    @ParameterizedTest(name = "{0}: the application layer does not know its adapters")
    @ValueSource(strings = {"identity", "worker", "booking", "dispatch", "billing", "training", "notification", "admin", "complaint"})
    void applicationDoesNotKnowAdapters(String module) {
        noClasses().that().resideInAPackage("org.shangmen." + module + ".application..")
                .should().dependOnClassesThat().resideInAPackage("org.shangmen." + module + ".adapter..")
                .allowEmptyShould(true).check(CLASSES);
    }

    /**
     * Application services reach the outside only through their own ports: they may use the module's
     * domain and application packages (ports included), other modules' published {@code api}, the
     * kernel, the JDK, and Spring's transactions and event publisher, never an adapter, a driver, a web or
     * JSON library, or another module's internals.
     */
    static ArchRule applicationUsesOnlyPortsDomainAndApis(String base, String module) {
        return classes().that().resideInAPackage(base + "." + module + ".application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "javax.crypto..", "org.shangmen.kernel..",
                        base + "." + module + ".application..", base + "." + module + ".domain..", base + ".(*).api..",
                        "org.springframework.transaction..", "org.springframework.context..", "org.springframework.dao..",
                        "org.slf4j..")
                .allowEmptyShould(true)
                .as(module + ": application services depend only on their ports, the domain, the kernel and other modules' api");
    }

    @ParameterizedTest(name = "{0}: application services depend only on ports, the domain and other modules' api")
    @ValueSource(strings = {"identity", "worker", "booking", "dispatch", "billing", "training", "notification", "admin", "complaint"})
    void applicationUsesOnlyPortsDomainAndApis(String module) {
        applicationUsesOnlyPortsDomainAndApis("org.shangmen", module).check(CLASSES);
    }

    @Test
    @DisplayName("the service-to-port rule fails on a service that reaches into an adapter or JDBI")
    void serviceToPortRuleCanFail() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.shangmen.app.archfixture");
        String base = "org.shangmen.app.archfixture";
        assertThatThrownBy(() -> applicationUsesOnlyPortsDomainAndApis(base, "shop").check(fixture))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("ReachingShopService")
                .hasMessageContaining("archfixture.shop.adapter.out.ShopRows")
                .hasMessageContaining("org.jdbi");
        // the well-behaved service of the same fixture passes on its own
        applicationUsesOnlyPortsDomainAndApis(base, "till").check(fixture);
    }

    @Test
    @DisplayName("the shared kernel is pure Java")
    void kernelIsPureJava() {
        classes().that().resideInAPackage("org.shangmen.kernel..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..", "javax.imageio..", "org.shangmen.kernel..")
                .check(CLASSES);
    }

    @Test
    @DisplayName("nothing depends on the application module")
    void nothingDependsOnApp() {
        noClasses().that().resideOutsideOfPackages("org.shangmen.app..", "org.shangmen")
                .should().dependOnClassesThat().resideInAPackage("org.shangmen.app..")
                .check(CLASSES);
    }

    // ---- tables: each module's SQL names only its own schema ----

    static final Pattern TABLE_REFERENCE = Pattern.compile(
            "(?i)\\b(?:from|join|into|update|table|references|on)\\s+\"?([a-z_]+)\"?\\.\"?[a-z_]+");

    /** Schemas named in SQL text, outside the module's own. */
    static List<String> foreignSchemas(String module, String sql) {
        List<String> foreign = new ArrayList<>();
        Matcher m = TABLE_REFERENCE.matcher(sql);
        while (m.find()) {
            String schema = m.group(1).toLowerCase();
            if (MODULES.contains(schema) && !schema.equals(module)) {
                foreign.add(schema);
            }
        }
        return foreign;
    }

    @Test
    @DisplayName("the table rule catches a query into another module's schema")
    void tableRuleCanFail() {
        assertThat(foreignSchemas("booking", "SELECT * FROM worker.community c JOIN booking.orders o ON true")).containsExactly("worker");
        assertThat(foreignSchemas("booking", "INSERT INTO booking.orders VALUES (1)")).isEmpty();
        assertThat(foreignSchemas("billing", "update identity.account set x = 1")).containsExactly("identity");
    }

    @ParameterizedTest(name = "{0}: SQL and migrations touch only the module's own schema")
    @ValueSource(strings = {"identity", "worker", "booking", "dispatch", "billing", "training", "notification", "admin", "complaint"})
    void modulesKeepToTheirTables(String module) throws IOException {
        Path main = Path.of("..", module + "-module", "src", "main").toAbsolutePath().normalize();
        assertThat(main).isDirectory();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(main)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql")).toList()) {
                List<String> foreign = foreignSchemas(module, Files.readString(file));
                if (!foreign.isEmpty()) {
                    violations.add(main.relativize(file) + " -> " + foreign);
                }
            }
        }
        assertThat(violations).as("cross-module table access").isEmpty();
    }
}
