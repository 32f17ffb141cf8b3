package org.haian.strata.liaison.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.haian.strata.contract.Category;
import org.haian.strata.contract.liaison.OrganisationKind;
import org.haian.strata.liaison.api.imports.RowProblem;
import org.haian.strata.liaison.api.organisations.OrganisationNamesIn;
import org.haian.strata.liaison.api.organisations.RegisterOrganisation;
import org.haian.strata.liaison.api.people.RegisterPerson;
import org.haian.strata.liaison.domain.Organisation;
import org.haian.strata.liaison.domain.Person;
import org.haian.strata.liaison.projection.IdentityKey;
import org.haian.strata.liaison.projection.PersonIdentities;
import org.haian.strata.liaison.web.organisations.RegisterOrganisationRequest;
import org.haian.strata.liaison.web.people.RegisterPersonRequest;
import org.haian.strata.platform.domain.CommandRefused;
import org.haian.strata.platform.security.Tenancy;
import org.haian.strata.platform.township.Townships;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Checks every row of an imported file by the rules of the single registration, in this order: the cells themselves
 * (no formula, nothing beyond the header), the request's constraints ({@link RegisterPersonRequest},
 * {@link RegisterOrganisationRequest}: the same annotations, so the same reasons), the township rule of the caller
 * ({@link Tenancy}), the aggregate's own decision on the command ({@link Person#registration},
 * {@link Organisation#registration}); then whether the row repeats an earlier one of the file, or what is registered
 * already. Runs in the caller's request, so the township rule is theirs.
 */
@Component
public class ImportChecks {

    /** What a spreadsheet program would run as a formula, full-width forms included (ＷＰＳ types them so). */
    private static final String FORMULA_SIGNS = "=+-@＝＋－＠";
    private static final String CATEGORIES = Arrays.stream(Category.values()).map(Enum::name).toList()
            + " or its Chinese name";
    private static final String KINDS = Arrays.stream(OrganisationKind.values()).map(Enum::name).toList()
            + " or its Chinese name";

    private final Validator validator;
    private final Townships townships;
    private final PersonIdentities identities;
    private final QueryGateway queries;

    public ImportChecks(Validator validator, Townships townships, PersonIdentities identities, QueryGateway queries) {
        this.validator = validator;
        this.townships = townships;
        this.identities = identities;
        this.queries = queries;
    }

    /** One row that passed every check, and the command that registers it. */
    record Planned(int row, String id, Object command) {
    }

    /** The file, checked: what to register, what is refused, and what is there already. */
    record Checked(Sheet sheet, List<Planned> planned, List<RowProblem> errors, List<RowProblem> alreadyRegistered) {
    }

    Checked check(ImportKind kind, Sheet sheet) {
        Map<String, Integer> columns = columns(kind, sheet.header());
        List<Planned> planned = new ArrayList<>();
        List<RowProblem> errors = new ArrayList<>();
        List<RowProblem> already = new ArrayList<>();
        Map<List<String>, Integer> seen = new HashMap<>();
        Map<String, Set<String>> organisationsIn = new HashMap<>();
        for (Sheet.Row row : sheet.rows()) {
            Cells cells = new Cells(row, sheet.header(), columns);
            List<RowProblem> problems = new ArrayList<>(cells.beyondHeader());
            Object command = kind == ImportKind.PEOPLE ? person(cells, problems) : organisation(cells, problems);
            if (!problems.isEmpty()) {
                errors.addAll(problems);
                continue;
            }
            List<String> key = kind == ImportKind.PEOPLE ? personKey((RegisterPerson) command)
                    : organisationKey((RegisterOrganisation) command);
            Integer earlier = key == null ? null : seen.putIfAbsent(key, row.number());
            if (earlier != null) {
                errors.add(cells.problem("name", "repeats row " + earlier + ": the same "
                        + (kind == ImportKind.PEOPLE ? "name and organisation" : "name") + " in the same township"));
                continue;
            }
            Optional<RowProblem> registered = kind == ImportKind.PEOPLE
                    ? personThere((RegisterPerson) command, cells)
                    : organisationThere((RegisterOrganisation) command, cells, organisationsIn);
            if (registered.isPresent()) {
                already.add(registered.get());
                continue;
            }
            planned.add(new Planned(row.number(), kind == ImportKind.PEOPLE ? ((RegisterPerson) command).personId()
                    : ((RegisterOrganisation) command).organisationId(), command));
        }
        return new Checked(sheet, planned, errors, already);
    }

    /** Each field's column; a heading that names no field, or names one twice, refuses the file. */
    private static Map<String, Integer> columns(ImportKind kind, List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String heading = header.get(i);
            if (heading == null || heading.isBlank() || ImportKind.ignored(heading)) {
                continue;
            }
            int column = i;
            ImportKind.Column known = kind.column(heading).orElseThrow(() -> SpreadsheetReader.refused(
                    "column %s is headed '%s', which is none of the %s columns: %s".formatted(Sheet.letter(column),
                            heading.strip(), kind.code(), kind.known())));
            Integer twice = columns.put(known.field(), i);
            if (twice != null) {
                throw SpreadsheetReader.refused("columns %s and %s both give the %s".formatted(Sheet.letter(twice),
                        Sheet.letter(i), known.field()));
            }
        }
        for (ImportKind.Column column : kind.columns()) {
            if (column.required() && !columns.containsKey(column.field())) {
                throw SpreadsheetReader.refused("has no %s column (headed %s)".formatted(column.field(),
                        String.join(" or ", column.headings())));
            }
        }
        return columns;
    }

    private RegisterPerson person(Cells cells, List<RowProblem> problems) {
        String name = cells.text("name", problems);
        Category category = cells.choice("category", Category.class, ImportKind.CATEGORY_NAMES, CATEGORIES,
                problems);
        String township = township(cells, problems);
        String organisation = cells.text("organisation", problems);
        String role = cells.text("role", problems);
        if (!problems.isEmpty()) {
            return null;
        }
        constraints(new RegisterPersonRequest(name, category, township, organisation, role), cells, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        String writable = writable(township, cells, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        RegisterPerson command = new RegisterPerson(UUID.randomUUID().toString(), name, category, writable,
                organisation, role);
        decided(() -> Person.registration(command), cells, problems);
        return command;
    }

    private RegisterOrganisation organisation(Cells cells, List<RowProblem> problems) {
        String name = cells.text("name", problems);
        OrganisationKind kind = cells.choice("kind", OrganisationKind.class, ImportKind.KIND_NAMES, KINDS, problems);
        Category category = cells.choice("category", Category.class, ImportKind.CATEGORY_NAMES, CATEGORIES,
                problems);
        String township = township(cells, problems);
        Integer headcount = cells.number("headcount", problems);
        Integer influence = cells.number("influence", problems);
        Integer followers = cells.number("followers", problems);
        if (!problems.isEmpty()) {
            return null;
        }
        constraints(new RegisterOrganisationRequest(name, kind, category, township, headcount, influence, followers),
                cells, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        String writable = writable(township, cells, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        RegisterOrganisation command = new RegisterOrganisation(UUID.randomUUID().toString(), name, kind, category,
                writable, headcount, influence, followers);
        decided(() -> Organisation.registration(command), cells, problems);
        return command;
    }

    /** A township by its code, or by its Chinese name as the deployment configures it (李堡镇 is libao). */
    private String township(Cells cells, List<RowProblem> problems) {
        String township = cells.text("township", problems);
        if (township == null) {
            return null;
        }
        String stripped = township.strip();
        return townships.getTownships().entrySet().stream()
                .filter(known -> known.getValue().equals(stripped))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(stripped);
    }

    private <T> void constraints(T request, Cells cells, List<RowProblem> problems) {
        for (ConstraintViolation<T> violation : validator.validate(request)) {
            problems.add(cells.problem(violation.getPropertyPath().toString(), violation.getMessage()));
        }
    }

    /** The caller's township rule, row by row: an officer's rows go to their township, and no other. */
    private static String writable(String township, Cells cells, List<RowProblem> problems) {
        try {
            return Tenancy.writableTownship(township);
        } catch (AccessDeniedException refused) {
            String reason = refused.getMessage();
            problems.add(cells.problem("township", reason.startsWith("township: ")
                    ? reason.substring("township: ".length()) : reason));
            return null;
        }
    }

    private static void decided(Runnable decision, Cells cells, List<RowProblem> problems) {
        try {
            decision.run();
        } catch (CommandRefused refused) {
            problems.add(cells.problem(refused.field(), refused.reason()));
        }
    }

    /** As {@link PersonIdentities} keys a person: without an organisation, a name alone tells no one apart. */
    private static List<String> personKey(RegisterPerson command) {
        String organisation = IdentityKey.of(command.organisation());
        return organisation == null ? null
                : List.of(command.township(), organisation, IdentityKey.of(command.name()));
    }

    /** An organisation is known by its name within its township. */
    private static List<String> organisationKey(RegisterOrganisation command) {
        return List.of(command.township(), IdentityKey.of(command.name()));
    }

    private Optional<RowProblem> personThere(RegisterPerson command, Cells cells) {
        return identities.holder(command.township(), command.organisation(), command.name())
                .map(holder -> cells.found("name", "is registered in this township already, with this organisation",
                        holder));
    }

    private Optional<RowProblem> organisationThere(RegisterOrganisation command, Cells cells,
                                                   Map<String, Set<String>> organisationsIn) {
        Set<String> names = organisationsIn.computeIfAbsent(command.township(), township -> new HashSet<>(
                queries.query(new OrganisationNamesIn(township), ResponseTypes.multipleInstancesOf(String.class))
                        .join()));
        return names.contains(IdentityKey.of(command.name()))
                ? Optional.of(cells.found("name", "is registered in this township already", null))
                : Optional.empty();
    }

    /** One row's cells by the field their column fills. */
    private static final class Cells {

        private final Sheet.Row row;
        private final List<String> header;
        private final Map<String, Integer> columns;

        Cells(Sheet.Row row, List<String> header, Map<String, Integer> columns) {
            this.row = row;
            this.header = header;
            this.columns = columns;
        }

        /** A value in a column without a heading, or past the header's last column, would be lost: refused. */
        List<RowProblem> beyondHeader() {
            List<RowProblem> problems = new ArrayList<>();
            for (int i = 0; i < row.cells().size(); i++) {
                String value = row.cell(i);
                if (value == null || value.isBlank()) {
                    continue;
                }
                String cell = Sheet.letter(i) + row.number();
                if (i >= header.size()) {
                    problems.add(RowProblem.of(row.number(), cell, null, null, "has a value in " + cell
                            + ", beyond the header's " + header.size() + " columns: give the column a heading or "
                            + "remove the value"));
                    break;
                }
                if (header.get(i) == null || header.get(i).isBlank()) {
                    problems.add(RowProblem.of(row.number(), cell, null, null, "has a value in " + cell
                            + ", whose column has no heading: give it one or remove the value"));
                }
            }
            return problems;
        }

        /** The cell's text as written, or null where the column is absent or the cell blank; a formula is refused. */
        String text(String field, List<RowProblem> problems) {
            Integer column = columns.get(field);
            String value = column == null ? null : row.cell(column);
            if (value == null || value.isBlank()) {
                return null;
            }
            String stripped = value.strip();
            if (FORMULA_SIGNS.indexOf(stripped.charAt(0)) >= 0 || value.charAt(0) == '\t' || value.charAt(0) == '\r') {
                problems.add(problem(field, "starts with '" + stripped.charAt(0) + "' as a spreadsheet formula does: "
                        + "formulas are neither evaluated nor imported; write the value itself"));
                return null;
            }
            return value;
        }

        <E extends Enum<E>> E choice(String field, Class<E> type, Map<String, String> chinese, String allowed,
                                     List<RowProblem> problems) {
            String text = text(field, problems);
            if (text == null) {
                return null;
            }
            String stripped = text.strip();
            String code = chinese.getOrDefault(stripped, stripped.toUpperCase(Locale.ROOT));
            return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(code)).findFirst()
                    .orElseGet(() -> {
                        problems.add(problem(field, "'" + stripped + "' is not a valid value (one of " + allowed
                                + ")"));
                        return null;
                    });
        }

        Integer number(String field, List<RowProblem> problems) {
            Integer column = columns.get(field);
            String value = column == null ? null : row.cell(column);
            if (value == null || value.isBlank()) {
                return null;
            }
            String stripped = value.strip();
            Function<String, Integer> whole = text -> {
                try {
                    return Integer.valueOf(text);
                } catch (NumberFormatException notWhole) {
                    return null;
                }
            };
            Integer number = whole.apply(stripped);
            if (number == null) {
                if (text(field, problems) != null) {
                    problems.add(problem(field, "'" + stripped + "' is not a valid value (a whole number)"));
                }
            }
            return number;
        }

        RowProblem problem(String field, String reason) {
            Integer column = columns.get(field);
            return column == null ? RowProblem.of(row.number(), null, null, field, reason)
                    : RowProblem.of(row.number(), Sheet.letter(column) + row.number(), header.get(column).strip(),
                    field, reason);
        }

        RowProblem found(String field, String reason, String existingId) {
            RowProblem problem = problem(field, reason);
            return new RowProblem(problem.row(), problem.cell(), problem.column(), field, reason, existingId);
        }
    }
}
