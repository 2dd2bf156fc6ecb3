package dev.guanxi.imports.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an .xlsx, streamed with POI's event API: the sheet XML is parsed with SAX and never built into
 * a workbook, so a million-row sheet costs the shared strings and one row in memory.
 */
final class XlsxReading {

    private XlsxReading() {
    }

    static void read(InputStream in, RowShaper shaper) throws IOException {
        // a zip read from a stream is unpacked into memory by POI; from a file it is read entry by entry
        Path copy = Files.createTempFile("guanxi-import-", ".xlsx");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            readFile(copy, shaper);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void readFile(Path file, RowShaper shaper) {
        SheetRows rows = new SheetRows(shaper);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904;
            try (InputStream workbook = reader.getWorkbookData()) {
                date1904 = usesDate1904(workbook);
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SourceException("import.source.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, rows,
                        new ExcelCells.Formatter(date1904), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (SourceException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new SourceException("import.source.encrypted", e);
        } catch (Exception e) {
            // the parse was ended on purpose (the SAX parser may have wrapped our Stop), or the handler failed
            if (rows.failure != null) {
                throw rows.failure;
            }
            if (rows.stopped) {
                return;
            }
            // POI reports a broken or hostile file with a zoo of checked and unchecked exceptions
            throw new SourceException("import.source.unreadable", e);
        } finally {
            if (pkg != null) {
                // read-only: revert, not close (close means save)
                pkg.revert();
            }
        }
    }

    private static boolean usesDate1904(InputStream workbook) throws Exception {
        boolean[] date1904 = new boolean[1];
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("workbookPr".equals(localName)) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        parser.parse(new InputSource(workbook));
        return date1904[0];
    }

    /** Ends the SAX parse early: the handler asked to stop, or failed (then {@link SheetRows#failure} says how). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private static final int EXCEL_MAX_COLUMNS = 16_384;

        private final RowShaper shaper;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;
        private int headerRow = -1;
        RuntimeException failure;
        boolean stopped;

        SheetRows(RowShaper shaper) {
            this.shaper = shaper;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : column(reference);
            if (column >= EXCEL_MAX_COLUMNS) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            if (column < cells.size()) {
                cells.set(column, value);
            } else {
                cells.add(value);
            }
            nextColumn = column + 1;
        }

        @Override
        public void endRow(int rowNum) {
            boolean go;
            try {
                if (headerRow < 0) {
                    go = shaper.accept(0, cells);
                    if (shaper.hasHeader()) {
                        headerRow = rowNum;
                    }
                } else {
                    // rows Excel did not write (no <row> element) are blank rows: their numbers are used up
                    go = shaper.accept(rowNum - headerRow, cells);
                }
            } catch (RuntimeException e) {
                failure = e;
                throw new Stop();
            }
            if (!go) {
                stopped = true;
                throw new Stop();
            }
        }

        /** The 0-based column of a reference like "AB12". */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (column > EXCEL_MAX_COLUMNS) {
                    break;
                }
                if (c >= 'A' && c <= 'Z') {
                    column = column * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    column = column * 26 + (c - 'a' + 1);
                } else {
                    break;
                }
            }
            return Math.max(column - 1, 0);
        }
    }
}
