package org.shangmen.kernel;

/** A zero-based page of at most {@link #MAX_SIZE} items. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            throw DomainException.invalid("common.page-invalid", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw DomainException.invalid("common.page-size-invalid", size, MAX_SIZE);
        }
    }

    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
