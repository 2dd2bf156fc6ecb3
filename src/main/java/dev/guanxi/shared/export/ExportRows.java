package dev.guanxi.shared.export;

import dev.guanxi.shared.paging.Slice;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * The rows of a list, read page by page with the list's own keyset query (so visibility and filters are
 * exactly the list's) and handed on one at a time: an export streams whatever its size.
 */
public final class ExportRows<T> implements Iterable<T> {

    private final Function<String, Slice<T>> page;
    private final long limit;

    private ExportRows(Function<String, Slice<T>> page, long limit) {
        this.page = page;
        this.limit = limit;
    }

    /**
     * @param page  the list query for the page after a cursor (null: the first page)
     * @param limit at most this many rows
     */
    public static <T> ExportRows<T> of(Function<String, Slice<T>> page, long limit) {
        return new ExportRows<>(page, limit);
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Slice<T> current = page.apply(null);
            private int index;
            private long given;

            @Override
            public boolean hasNext() {
                if (given >= limit) {
                    return false;
                }
                while (index >= current.items().size()) {
                    if (current.nextCursor() == null) {
                        return false;
                    }
                    current = page.apply(current.nextCursor());
                    index = 0;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return current.items().get(index++);
            }
        };
    }
}
