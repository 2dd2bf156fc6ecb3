package dev.guanxi.imports.internal.source;

import java.io.IOException;
import java.io.InputStream;

/** Opens the uploaded file; called more than once (detection first, then reading), each stream is closed by the caller. */
@FunctionalInterface
public interface InputStreamSupplier {

    InputStream open() throws IOException;
}
