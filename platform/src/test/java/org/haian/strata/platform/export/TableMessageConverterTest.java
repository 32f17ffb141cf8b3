package org.haian.strata.platform.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.MockHttpOutputMessage;

import static org.assertj.core.api.Assertions.assertThat;

class TableMessageConverterTest {

    private final TableMessageConverter converter = new TableMessageConverter();

    private static Table people() {
        return new Table("people", List.of(new Table.Column("姓名", "Name"), new Table.Column("人数", "Headcount"),
                new Table.Column("登记日期", "Registered on")), Stream.of(
                Arrays.asList("=HYPERLINK(\"http://evil\",\"click\")", 3L, LocalDate.of(2024, 5, 1)),
                Arrays.asList("+86 513", -2L, null),
                Arrays.asList("@SUM(A1)", 0L, null),
                Arrays.asList("-1+1", 1L, null),
                Arrays.asList("李堡, \"新联会\"", 7L, null)));
    }

    @Test
    void aCsvStartsWithAByteOrderMarkAndHeadsEachColumnInBothLanguages() throws IOException {
        String csv = csv(people());

        assertThat(csv).startsWith("\uFEFF姓名 Name,人数 Headcount,登记日期 Registered on\r\n");
        assertThat(csv).contains("\"李堡, \"\"新联会\"\"\",7,\r\n");
    }

    @Test
    void aTextThatWouldRunAsAFormulaIsWrittenAsTextInCsv() throws IOException {
        String csv = csv(people());

        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",3,2024-05-01\r\n",
                "'+86 513,-2,\r\n", "'@SUM(A1),0,\r\n", "'-1+1,1,\r\n");
    }

    @Test
    void aWorkbookHoldsNumbersAsNumbersAndEveryTextAsATextCell() throws IOException {
        MockHttpOutputMessage output = new MockHttpOutputMessage();

        converter.write(people(), Table.XLSX_TYPE, output);

        assertThat(output.getHeaders().getContentDisposition().getFilename()).isEqualTo("people.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(output.getBodyAsBytes()))) {
            Sheet sheet = workbook.getSheet("people");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名 Name");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-2);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("2024-05-01");
            assertThat(sheet.getRow(2).getCell(2)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }
    }

    private String csv(Table table) throws IOException {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        converter.write(table, Table.CSV_TYPE, output);
        assertThat(output.getHeaders().getContentDisposition().getFilename()).isEqualTo(table.name() + ".csv");
        return output.getBodyAsString(StandardCharsets.UTF_8);
    }
}
