package org.shangmen.app.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.shangmen.ShangmenApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import probe.ProbeController;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole platform on a random port over the test database (H2 in memory, or PostgreSQL with
 * {@code -Ppostgres}), with the demo city seeded. All tests with this annotation share one context.
 * The shared cast ({@link Http}, {@link Journeys} and each module's journey steps) is injected with
 * {@code @Autowired} from {@link JourneyConfiguration}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ShangmenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import({ProbeController.class, TestClockConfiguration.class, JourneyConfiguration.class})
public @interface PlatformTest {
}
