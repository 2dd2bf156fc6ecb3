package dev.guanxi.imports.internal.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The first sheet of an old .xls, read whole with HSSF: the format ends at 65,536 rows, so memory is bounded. */
final class XlsReading {

    private XlsReading() {
    }

    static void read(InputStream in, RowShaper shaper) throws IOException {
        try (HSSFWorkbook workbook = open(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new SourceException("import.source.empty");
            }
            boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
            Sheet sheet = workbook.getSheetAt(0);
            int headerRow = -1;
            for (int r = Math.max(sheet.getFirstRowNum(), 0); r <= sheet.getLastRowNum(); r++) {
                List<String> cells = cells(sheet.getRow(r), date1904);
                if (headerRow < 0) {
                    shaper.accept(0, cells);
                    if (shaper.hasHeader()) {
                        headerRow = r;
                    }
                } else if (!shaper.accept(r - headerRow, cells)) {
                    return;
                }
            }
        }
    }

    private static HSSFWorkbook open(InputStream in) throws IOException {
        try {
            return new HSSFWorkbook(in);
        } catch (EncryptedDocumentException e) {
            throw new SourceException("import.source.encrypted", e);
        } catch (IOException | RuntimeException e) {
            // not an Excel 97-2003 workbook (a Word file, Excel 95, a corrupt container)
            throw new SourceException("import.source.unreadable", e);
        }
    }

    private static List<String> cells(Row row, boolean date1904) {
        if (row == null || row.getLastCellNum() <= 0) {
            return List.of();
        }
        List<String> cells = new ArrayList<>(row.getLastCellNum());
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(text(row.getCell(c), date1904));
        }
        return cells;
    }

    private static String text(Cell cell, boolean date1904) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? ExcelCells.dateTime(cell.getNumericCellValue(), date1904)
                    : ExcelCells.numeric(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                            cell.getCellStyle().getDataFormatString(), date1904);
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }
}
