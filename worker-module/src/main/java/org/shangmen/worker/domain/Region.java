package org.shangmen.worker.domain;

import java.util.Objects;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;

/**
 * A province, city or district the platform knows, by its administrative code. A city is
 * {@code served} when the platform operates there; districts of a served city are served too.
 */
public record Region(RegionCode code, String name, boolean served) {

    public Region {
        Objects.requireNonNull(code, "code");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 32) {
            throw DomainException.invalid("worker.region-name-invalid");
        }
    }

    public RegionCode.Level level() {
        return code.level();
    }
}
