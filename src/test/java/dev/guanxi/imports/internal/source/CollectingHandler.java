package dev.guanxi.imports.internal.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps what a read delivers, for assertions. */
final class CollectingHandler implements RowHandler {

    List<String> headers;
    int headerCalls;
    final Map<Long, List<String>> rows = new LinkedHashMap<>();
    private final long stopAfter;

    CollectingHandler() {
        this(Long.MAX_VALUE);
    }

    CollectingHandler(long stopAfter) {
        this.stopAfter = stopAfter;
    }

    @Override
    public void headers(List<String> headers) {
        this.headers = new ArrayList<>(headers);
        headerCalls++;
    }

    @Override
    public boolean row(long number, List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new AssertionError("row " + number + " has " + cells.size() + " cells for " + headers.size() + " headers");
        }
        rows.put(number, List.copyOf(cells));
        return rows.size() < stopAfter;
    }

    static CollectingHandler read(Path file) throws IOException {
        return read(file, ReadOptions.detect());
    }

    static CollectingHandler read(Path file, ReadOptions options) throws IOException {
        CollectingHandler handler = new CollectingHandler();
        long count = TabularFile.read(() -> Files.newInputStream(file), file.getFileName().toString(), options, handler);
        if (count != handler.rows.size()) {
            throw new AssertionError("read returned " + count + " but delivered " + handler.rows.size());
        }
        return handler;
    }
}
