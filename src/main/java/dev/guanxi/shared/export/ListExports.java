package dev.guanxi.shared.export;

import dev.guanxi.shared.paging.Slice;
import jakarta.servlet.http.HttpServletResponse;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What every list export does once its module has parsed the list's filters: read every page of the
 * list ({@code page}: the list query for the page after a cursor), write it in the format asked for,
 * in the user's language and time zone, as a download — at most {@code guanxi.export.max-rows} rows.
 */
@Component
public class ListExports {

    private final MessageSource messages;
    private final long maxRows;

    ListExports(MessageSource messages, @Value("${guanxi.export.max-rows:1000000}") long maxRows) {
        this.messages = messages;
        this.maxRows = maxRows;
    }

    public <T> void send(HttpServletResponse response, ExportFormat format, String baseName, ZoneId zone,
                         List<ExportColumn<T>> columns, Function<String, Slice<T>> page) {
        ExportRows<T> rows = ExportRows.of(page, maxRows);
        TableExport<T> table = new TableExport<>(columns, messages, LocaleContextHolder.getLocale(), zone);
        ExportResponse.send(response, format, baseName, zone, out -> table.write(format, rows, out));
    }

    /** The rows alone, for formats of their own (vCard). */
    public <T> ExportRows<T> rows(Function<String, Slice<T>> page) {
        return ExportRows.of(page, maxRows);
    }
}
