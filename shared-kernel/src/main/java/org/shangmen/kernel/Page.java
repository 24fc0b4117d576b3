package org.shangmen.kernel;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the size of the whole list. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
        return new Page<>(items, request.page(), request.size(), total);
    }

    /** The requested page of a short list already held in memory (a few cities, one catalogue's categories). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.offset(), all.size());
        int to = (int) Math.min((long) from + request.size(), all.size());
        return new Page<>(all.subList(from, to), request.page(), request.size(), all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
