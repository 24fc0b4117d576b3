package org.shangmen.app.demo;

import java.util.Comparator;
import java.util.List;
import org.shangmen.kernel.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the {@code demo} profile (on by default in the embedded run, never in production) every module's
 * {@link DemoData} seeds a real city so the platform can be tried at once. Seeds are idempotent.
 */
@Component
@Profile("demo")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoData> seeds;

    DemoDataRunner(List<DemoData> seeds) {
        this.seeds = seeds;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeds.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(seed -> {
            seed.seed();
            log.info("demo data ready: {}", seed.getClass().getSimpleName());
        });
    }
}
