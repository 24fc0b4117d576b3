package org.shangmen.kernel;

/**
 * One kind of stored personal data (phone numbers, ID numbers, addresses …) brought to the active key
 * after a key rotation, batch by batch. Each module offers one per kind it keeps; a coordinator runs
 * them in the background. Resumable by nature: what remains is what is not under the active key yet.
 */
public interface ReEncryption {

    /** A stable name such as {@code identity.phone}. */
    String name();

    /** Values not yet under the active key. */
    long remaining();

    /** Re-encrypts up to {@code size} values to the active key in one transaction; answers how many. */
    int reEncryptBatch(int size);
}
