package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(ShangmenApplication.class);

    @Test
    @DisplayName("modules use each other only through published api packages, without cycles")
    void verify() {
        MODULES.verify();
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("kernel", "identity", "worker", "booking", "dispatch", "billing", "training",
                        "notification", "admin", "app");
    }

    @Test
    @DisplayName("the module diagrams are written from the code on every build, into app/target/modules (never over tracked files)")
    void document() throws Exception {
        Path out = Path.of("target", "modules").toAbsolutePath().normalize();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(out.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(out.resolve("components.puml")).exists();
        assertThat(Files.readString(out.resolve("components.puml"))).contains("Worker", "Identity", "Kernel");
    }
}
