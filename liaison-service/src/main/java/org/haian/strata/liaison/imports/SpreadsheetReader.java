package org.haian.strata.liaison.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.haian.strata.platform.domain.CommandRefused;

import static org.haian.strata.platform.domain.CommandRefused.Kind.INVALID;

/**
 * Reads an uploaded file as a {@link Sheet}: an XLSX workbook (its first sheet), or CSV text in the encodings
 * Chinese spreadsheets really come in. A CSV file's encoding is the one asked for, or else found: a byte-order mark
 * (UTF-8, or the UTF-16 that Excel's "Unicode text" writes), then a strict UTF-8 reading, then GB18030 (which reads
 * GBK and GB2312 too). Nothing is evaluated: a formula cell is read as its formula text, for the row checks to refuse.
 * Whatever is wrong with the file as a whole is refused naming {@code file}, with where it went wrong.
 */
final class SpreadsheetReader {

    static final String FILE = "file";
    /** What {@code ?encoding=} may name; GBK and GB2312 are read as GB18030, which contains them. */
    static final Map<String, Charset> ENCODINGS = Map.of(
            "UTF-8", StandardCharsets.UTF_8,
            "GB18030", Charset.forName("GB18030"),
            "GBK", Charset.forName("GB18030"),
            "GB2312", Charset.forName("GB18030"),
            "UTF-16LE", StandardCharsets.UTF_16LE,
            "UTF-16BE", StandardCharsets.UTF_16BE);

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private final int maxRows;

    SpreadsheetReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** @param encoding the encoding the caller named, or {@code null} to find it */
    Sheet read(byte[] file, String encoding) {
        if (file == null || file.length == 0) {
            throw refused("is empty: send a CSV or XLSX file with a header row and one row per record");
        }
        if (startsWith(file, ZIP)) {
            return workbook(file);
        }
        if (startsWith(file, OLE2)) {
            throw refused("is an Excel 97-2003 workbook (.xls), which is not read: save it as .xlsx or as CSV");
        }
        return csv(file, encoding);
    }

    private Sheet workbook(byte[] file) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw refused("is a workbook without a sheet");
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            List<String> header = null;
            List<Sheet.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < row.getLastCellNum(); column++) {
                    cells.add(text(row.getCell(column)));
                }
                if (blank(cells)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new Sheet.Row(row.getRowNum() + 1, trimmed(cells)));
                    refuseTooMany(rows);
                }
            }
            return sheet(new Sheet("XLSX", null, header == null ? List.of() : trimmed(header), rows));
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof CommandRefused refusal) {
                throw refusal;
            }
            throw refused("is a ZIP archive but not an XLSX workbook that can be read: save it from the spreadsheet "
                    + "program as .xlsx or as CSV");
        }
    }

    /** A cell as the text it holds; a formula is its formula text, not its (possibly stale) result. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR, BLANK, _NONE -> cell.getCellType() == CellType.ERROR ? "#ERROR" : null;
        };
    }

    private Sheet csv(byte[] file, String encoding) {
        Decoded decoded = decode(file, encoding);
        String text = decoded.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                throw refused("is not a spreadsheet: neither an XLSX workbook nor CSV text (it holds binary data, "
                        + "first at line " + lineAt(text, i) + ")");
            }
        }
        String firstLine = text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        // Excel's "Unicode text" and many exports separate by tabs; a header with tabs and no comma is one of them.
        // Blank lines stay records, so that a record's number is its row in a spreadsheet program.
        char delimiter = firstLine.indexOf('\t') >= 0 && firstLine.indexOf(',') < 0 ? '\t' : ',';
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        List<String> header = null;
        List<Sheet.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (blank(cells)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new Sheet.Row(Math.toIntExact(record.getRecordNumber()), trimmed(cells)));
                    refuseTooMany(rows);
                }
            }
        } catch (UncheckedIOException | IllegalStateException malformed) {
            throw refused("is not well-formed CSV: " + malformed.getMessage().replaceAll("\\s+", " ")
                    + " (a quote opened in a cell must be closed in it)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheet(new Sheet("CSV", decoded.encoding(), header == null ? List.of() : trimmed(header), rows));
    }

    private static Sheet sheet(Sheet sheet) {
        if (sheet.header().isEmpty()) {
            throw refused("holds no header row: its first row must name the columns");
        }
        if (sheet.rows().isEmpty()) {
            throw refused("holds a header but no rows under it");
        }
        return sheet;
    }

    private void refuseTooMany(List<Sheet.Row> rows) {
        if (rows.size() > maxRows) {
            throw refused("has more than " + maxRows + " rows; split it into files of at most " + maxRows);
        }
    }

    private record Decoded(String text, String encoding) {
    }

    private static Decoded decode(byte[] file, String encoding) {
        if (encoding != null) {
            String name = encoding.toUpperCase(Locale.ROOT);
            Charset charset = ENCODINGS.get(name);
            byte[] bom = charset == StandardCharsets.UTF_8 ? UTF8_BOM : charset == StandardCharsets.UTF_16LE
                    ? UTF16LE_BOM : charset == StandardCharsets.UTF_16BE ? UTF16BE_BOM : new byte[0];
            int skip = startsWith(file, bom) && bom.length > 0 ? bom.length : 0;
            return new Decoded(strictly(file, skip, charset, name, true), name);
        }
        if (startsWith(file, UTF8_BOM)) {
            return new Decoded(strictly(file, UTF8_BOM.length, StandardCharsets.UTF_8, "UTF-8", true), "UTF-8");
        }
        if (startsWith(file, UTF16LE_BOM)) {
            return new Decoded(strictly(file, 2, StandardCharsets.UTF_16LE, "UTF-16LE", true), "UTF-16LE");
        }
        if (startsWith(file, UTF16BE_BOM)) {
            return new Decoded(strictly(file, 2, StandardCharsets.UTF_16BE, "UTF-16BE", true), "UTF-16BE");
        }
        String utf8 = strictly(file, 0, StandardCharsets.UTF_8, "UTF-8", false);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String gb = strictly(file, 0, ENCODINGS.get("GB18030"), "GB18030", false);
        if (gb != null) {
            return new Decoded(gb, "GB18030");
        }
        throw refused("is text in neither UTF-8 nor GB18030 (GBK): save it as \"CSV UTF-8\", or name its "
                + "encoding with ?encoding=");
    }

    /** The text, or where it cannot be read: a refusal if {@code refuse}, else {@code null}. */
    private static String strictly(byte[] file, int offset, Charset charset, String name, boolean refuse) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file, offset, file.length - offset);
        CharBuffer out = CharBuffer.allocate((int) (file.length * (double) decoder.maxCharsPerByte()) + 16);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            if (!refuse) {
                return null;
            }
            int at = in.position();
            out.flip();
            int line = 1 + (int) out.chars().filter(c -> c == '\n').count();
            throw refused("cannot be read as %s: the byte 0x%02X at byte %d (line %d) is not %s; save the file in "
                    .formatted(name, file[at] & 0xFF, at, line, name)
                    + "that encoding, or name the one it is in with ?encoding=");
        }
        out.flip();
        return out.toString();
    }

    private static int lineAt(String text, int index) {
        return 1 + (int) text.substring(0, index).chars().filter(c -> c == '\n').count();
    }

    private static boolean startsWith(byte[] file, byte[] prefix) {
        if (file.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (file[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }

    /** Without the empty cells at the end, which a spreadsheet program leaves after a deleted column. */
    private static List<String> trimmed(List<String> cells) {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        return new ArrayList<>(cells.subList(0, end));
    }

    static CommandRefused refused(String reason) {
        return new CommandRefused(INVALID, FILE, reason);
    }
}
