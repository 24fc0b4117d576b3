package org.shangmen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** Shangmen 上门: same-city on-site home services. */
@SpringBootApplication
@Modulithic(systemName = "Shangmen", sharedModules = {"kernel", "provider", "web"})
public class ShangmenApplication {

    public static void main(String[] args) {
        SpringApplication.run(ShangmenApplication.class, args);
    }
}
