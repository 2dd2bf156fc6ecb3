package dev.guanxi.shared.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor of the next page ({@code null} on the last page). */
public record Slice<T>(List<T> items, String nextCursor) {

    public <R> Slice<R> map(Function<T, R> mapper) {
        return new Slice<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
