package org.shangmen.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** Every scheduled job runs once per tick across the instances of a cluster. */
class ScheduledJobLocksTest {

    /** Jobs that look after this instance's own state, and so run on every instance. */
    private static final List<String> PER_INSTANCE = List.of(
            "org.shangmen.notification.adapter.in.web.SseNoticeStream.heartbeat");

    @Test
    @DisplayName("every scheduled job but the streams' keep-alive holds a named cluster lock while it runs")
    void everyJobLocked() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shangmen");
        List<JavaMethod> jobs = classes.stream().flatMap(c -> c.getMethods().stream())
                .filter(m -> m.isAnnotatedWith(Scheduled.class)).toList();
        assertThat(jobs).hasSizeGreaterThanOrEqualTo(6);
        List<String> unlocked = jobs.stream().filter(m -> !m.isAnnotatedWith(SchedulerLock.class))
                .map(m -> m.getOwner().getName() + "." + m.getName()).toList();
        assertThat(unlocked).containsExactlyInAnyOrderElementsOf(PER_INSTANCE);
        List<String> names = jobs.stream().filter(m -> m.isAnnotatedWith(SchedulerLock.class))
                .map(m -> m.getAnnotationOfType(SchedulerLock.class).name()).toList();
        assertThat(names).doesNotHaveDuplicates().allMatch(n -> !n.isBlank());
    }
}
