package org.shangmen.worker.application.port.out;

/** Short-lived signed links to workers' photos, which an {@code <image>} tag loads without a token. */
@FunctionalInterface
public interface PhotoLinks {

    /** A link to the stored picture, valid for a few minutes. */
    String link(String storageKey);
}
