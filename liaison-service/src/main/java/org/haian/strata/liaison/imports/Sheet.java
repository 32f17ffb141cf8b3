package org.haian.strata.liaison.imports;

import java.util.List;

/**
 * A spreadsheet as read from an uploaded file, before anything is made of its values: the header and the rows under
 * it, every cell as the text it holds (a formula as its formula text, never its result).
 *
 * @param format   {@code CSV} or {@code XLSX}
 * @param encoding the character encoding a CSV file was read in; {@code null} for a workbook
 * @param header   the first row's cells
 * @param rows     every row under the header that holds anything, in file order
 */
record Sheet(String format, String encoding, List<String> header, List<Row> rows) {

    /**
     * @param number the row's number as a spreadsheet program shows it (the header is row 1)
     * @param cells  its cells from the first column on; may be shorter or longer than the header
     */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    /** A column's letter as a spreadsheet program shows it: A, B, ... Z, AA, ... */
    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
