package org.shangmen.kernel;

import java.time.ZoneId;

/** Business days and slots are computed in the city's zone; every city served today is on China Standard Time. */
public final class Zones {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Zones() {
    }
}
