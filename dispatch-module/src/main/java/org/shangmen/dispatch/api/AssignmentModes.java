package org.shangmen.dispatch.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/** Operators set the assignment mode (BROADCAST or AUTO) per city or catalogue item (A3.1). */
public interface AssignmentModes {

    List<ModeView> modes();

    ModeView setMode(SetMode command);

    /** Removes a city's or item's own mode, so that the wider one (or the default) applies again. */
    void clearMode(ModeKey key);

    /**
     * {@code scope} is CITY (a city's 6-digit code ending in 00, not a province) or ITEM (a catalogue item's code).
     */
    record ModeKey(String scope, String key) {
        public ModeKey {
            scope = scope == null ? "" : scope.strip().toUpperCase(Locale.ROOT);
            if (!scope.equals("CITY") && !scope.equals("ITEM")) {
                throw DomainException.invalid("dispatch.mode-scope-invalid");
            }
            key = key == null ? "" : key.strip();
            boolean valid = scope.equals("CITY") ? key.matches("\\d{4}00") && !key.endsWith("0000") : key.matches("[a-z0-9-]{1,64}");
            if (!valid) {
                throw DomainException.invalid("dispatch.mode-key-invalid");
            }
        }
    }

    /** {@code mode} is BROADCAST or AUTO. */
    record SetMode(ModeKey key, String mode, UUID operatorId) {
        public SetMode {
            mode = mode == null ? "" : mode.strip().toUpperCase(Locale.ROOT);
            if (!mode.equals("BROADCAST") && !mode.equals("AUTO")) {
                throw DomainException.invalid("dispatch.mode-invalid");
            }
        }
    }

    record ModeView(String scope, String key, String mode, UUID updatedBy, Instant updatedAt) {
    }
}
