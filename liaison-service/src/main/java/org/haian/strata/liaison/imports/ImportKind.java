package org.haian.strata.liaison.imports;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.haian.strata.platform.domain.VisibleText;

/**
 * What a bulk import registers, and the columns its file may have: each by the field of the single registration it
 * fills, under its English name, the heading liaison's own export gives it, or the Chinese headings townships use.
 */
public enum ImportKind {

    PEOPLE("people", List.of(
            new Column("name", true, "name", "姓名", "名字", "名称"),
            new Column("category", true, "category", "类别", "人士类别"),
            new Column("township", false, "township", "镇", "区镇", "镇区", "所属区镇"),
            new Column("organisation", false, "organisation", "organization", "单位", "所在单位", "工作单位"),
            new Column("role", false, "role", "职务", "职位"))),

    ORGANISATIONS("organisations", List.of(
            new Column("name", true, "name", "名称", "单位名称", "组织名称"),
            new Column("kind", true, "kind", "类型", "组织类型"),
            new Column("category", true, "category", "类别"),
            new Column("township", false, "township", "镇", "区镇", "镇区", "所属区镇"),
            new Column("headcount", true, "headcount", "人数", "员工人数", "从业人数"),
            new Column("influence", true, "influence", "影响力"),
            new Column("followers", false, "followers", "粉丝数", "粉丝")));

    /** A running number that spreadsheets carry in their first column; it is no field, and is passed over. */
    static final List<String> IGNORED = List.of("序号", "no.", "#");

    private final String code;
    private final List<Column> columns;

    ImportKind(String code, List<Column> columns) {
        this.code = code;
        this.columns = columns;
    }

    public String code() {
        return code;
    }

    List<Column> columns() {
        return columns;
    }

    public static Optional<ImportKind> of(String code) {
        for (ImportKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The column a heading names, compared as the registry compares names (visible form, any letter case). */
    Optional<Column> column(String heading) {
        String key = key(heading);
        return columns.stream().filter(column -> column.headings().stream().map(ImportKind::key)
                .anyMatch(key::equals)).findFirst();
    }

    static boolean ignored(String heading) {
        return IGNORED.contains(key(heading));
    }

    static String key(String heading) {
        String visible = VisibleText.of(heading);
        return visible == null ? "" : visible.toLowerCase(Locale.ROOT);
    }

    /** Every heading a column may have, for the refusal of an unknown one. */
    String known() {
        return String.join("; ", columns.stream().map(column -> String.join(" / ", column.headings())).toList());
    }

    /**
     * @param field    the field of the registration it fills
     * @param required whether the file must have it (a township officer's file may leave the township out)
     * @param headings what it may be headed
     */
    record Column(String field, boolean required, List<String> headings) {

        Column(String field, boolean required, String... headings) {
            this(field, required, List.of(headings));
        }
    }

    /** Categories by their code or Chinese name (the full one of the source, or its usual short form). */
    static final Map<String, String> CATEGORY_NAMES = Map.ofEntries(
            Map.entry("民营企业和外资企业管理技术人员", "ENTERPRISE_STAFF"), Map.entry("企业", "ENTERPRISE_STAFF"),
            Map.entry("新媒体从业人员", "NEW_MEDIA"), Map.entry("新媒体", "NEW_MEDIA"),
            Map.entry("中介组织和社会组织从业人员", "INTERMEDIARY"), Map.entry("中介", "INTERMEDIARY"),
            Map.entry("自由职业人员", "FREELANCER"), Map.entry("自由职业", "FREELANCER"));

    /** Kinds of organisation by their code or Chinese name. */
    static final Map<String, String> KIND_NAMES = Map.ofEntries(
            Map.entry("民营企业", "PRIVATE_ENTERPRISE"), Map.entry("外资企业", "FOREIGN_INVESTED_ENTERPRISE"),
            Map.entry("网络媒体", "MEDIA_OUTLET"), Map.entry("自媒体", "MEDIA_OUTLET"),
            Map.entry("中介组织", "INTERMEDIARY_FIRM"), Map.entry("社会组织", "SOCIAL_ORGANISATION"),
            Map.entry("工作室", "STUDIO"));
}
