package org.haian.strata.liaison.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.haian.strata.platform.domain.CommandRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The files townships really send, read as sheets; what cannot be read is refused naming the file and why. */
class SpreadsheetReaderTest {

    private static final String TEXT = "姓名,类别,单位\n卢克虎,ENTERPRISE_STAFF,李堡镇民企群英荟\n";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final SpreadsheetReader reader = new SpreadsheetReader(3);

    @Test
    void utf8IsReadWithOrWithoutItsByteOrderMark() {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);

        for (byte[] file : List.of(plain, marked)) {
            Sheet sheet = reader.read(file, null);
            assertThat(sheet.format()).isEqualTo("CSV");
            assertThat(sheet.encoding()).isEqualTo("UTF-8");
            assertThat(sheet.header()).containsExactly("姓名", "类别", "单位");
            assertThat(sheet.rows()).containsExactly(new Sheet.Row(2, List.of("卢克虎", "ENTERPRISE_STAFF",
                    "李堡镇民企群英荟")));
        }
    }

    @Test
    void gbkTextIsFoundToBeGb18030WhenItIsNotUtf8() {
        Sheet sheet = reader.read(TEXT.getBytes(Charset.forName("GBK")), null);

        assertThat(sheet.encoding()).isEqualTo("GB18030");
        assertThat(sheet.header()).containsExactly("姓名", "类别", "单位");
        assertThat(sheet.rows().get(0).cells()).containsExactly("卢克虎", "ENTERPRISE_STAFF", "李堡镇民企群英荟");
    }

    @Test
    void theEncodingNamedIsTheOneRead() {
        assertThat(reader.read(TEXT.getBytes(GB18030), "gbk").rows().get(0).cell(0)).isEqualTo("卢克虎");
        assertThat(reader.read(TEXT.getBytes(GB18030), "GB18030").encoding()).isEqualTo("GB18030");
    }

    /** Excel's "Unicode text": UTF-16 with its mark, columns between tabs. */
    @Test
    void excelsUnicodeTextIsReadByItsMarkAndItsTabs() {
        byte[] file = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE));

        Sheet sheet = reader.read(file, null);

        assertThat(sheet.encoding()).isEqualTo("UTF-16LE");
        assertThat(sheet.rows().get(0).cells()).containsExactly("卢克虎", "ENTERPRISE_STAFF", "李堡镇民企群英荟");
    }

    @Test
    void bytesThatAreNotTheNamedEncodingAreRefusedWithWhereTheyAre() {
        byte[] gbk = TEXT.getBytes(GB18030);

        assertThatThrownBy(() -> reader.read(gbk, "UTF-8"))
                .isInstanceOfSatisfying(CommandRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("file");
                    assertThat(refused.reason()).startsWith("cannot be read as UTF-8: the byte 0x")
                            .contains("at byte 0 (line 1) is not UTF-8");
                });
    }

    @Test
    void aRowCutInTheMiddleOfACharacterSaysWhichLine() {
        byte[] good = "name,category\nLu,NEW_MEDIA\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = concat(good, new byte[] {'X', (byte) 0xE5, (byte) 0x8D, ',', 'N', '\n'});

        assertThatThrownBy(() -> reader.read(file, "UTF-8"))
                .isInstanceOfSatisfying(CommandRefused.class, refused -> assertThat(refused.reason())
                        .contains("the byte 0xE5 at byte " + (good.length + 1) + " (line 3)"));
    }

    @Test
    void aWorkbooksFormulaIsReadAsItsTextNeverItsResult() {
        byte[] file = Workbooks.xlsx(new Object[] {"name", "headcount"}, new Object[] {"=1+1", 12},
                new Object[] {"Haian Online", 12.5});

        Sheet sheet = reader.read(file, null);

        assertThat(sheet.format()).isEqualTo("XLSX");
        assertThat(sheet.encoding()).isNull();
        assertThat(sheet.rows()).containsExactly(new Sheet.Row(2, List.of("=1+1", "12")),
                new Sheet.Row(3, List.of("Haian Online", "12.5")));
    }

    @Test
    void blankRowsAreSkippedAndRowsKeepTheirNumbers() {
        Sheet sheet = reader.read("name\n\nLu\n,\nXu\n".getBytes(StandardCharsets.UTF_8), null);

        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(3, 5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "header only", "binary", "xls", "zip", "too many rows", "open quote"})
    void aFileThatIsNoSheetOfRowsIsRefusedSayingWhy(String what) {
        byte[] file = switch (what) {
            case "empty" -> new byte[0];
            case "header only" -> "name,category\n".getBytes(StandardCharsets.UTF_8);
            case "binary" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
            case "xls" -> new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1};
            case "zip" -> zipWithoutWorkbook();
            case "too many rows" -> "name\na\nb\nc\nd\n".getBytes(StandardCharsets.UTF_8);
            default -> "name,category\n\"Lu,NEW_MEDIA\n".getBytes(StandardCharsets.UTF_8);
        };
        String reason = switch (what) {
            case "empty" -> "is empty";
            case "header only" -> "holds a header but no rows under it";
            case "binary" -> "is not a spreadsheet";
            case "xls" -> "is an Excel 97-2003 workbook (.xls)";
            case "zip" -> "is a ZIP archive but not an XLSX workbook";
            case "too many rows" -> "has more than 3 rows";
            default -> "is not well-formed CSV";
        };

        assertThatThrownBy(() -> reader.read(file, null))
                .isInstanceOfSatisfying(CommandRefused.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(CommandRefused.Kind.INVALID);
                    assertThat(refused.field()).isEqualTo("file");
                    assertThat(refused.reason()).startsWith(reason);
                });
    }

    @Test
    void columnsAreLetteredAsASpreadsheetProgramLettersThem() {
        assertThat(List.of(Sheet.letter(0), Sheet.letter(25), Sheet.letter(26), Sheet.letter(701)))
                .containsExactly("A", "Z", "AA", "ZZ");
    }

    private static byte[] zipWithoutWorkbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
