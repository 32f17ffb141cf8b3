package org.haian.strata.liaison.api.imports;

/**
 * Why one row of an imported file was not registered, or what it was found to be already: one entry of a problem's
 * {@code errors}, with the field and reason every refusal names, and where in the file.
 *
 * @param row        the row's number as a spreadsheet program shows it (the header is row 1)
 * @param cell       the cell, e.g. {@code B7}; {@code null} where the whole row is meant
 * @param column     the column's heading as the file has it; {@code null} where the whole row is meant
 * @param field      the field of the registration the column fills ({@code name}, {@code category}, ...)
 * @param reason     why, in the words of the single registration's refusals
 * @param existingId the record found already, for a row that is registered already; {@code null} otherwise
 */
public record RowProblem(int row, String cell, String column, String field, String reason, String existingId) {

    public static RowProblem of(int row, String cell, String column, String field, String reason) {
        return new RowProblem(row, cell, column, field, reason, null);
    }
}
