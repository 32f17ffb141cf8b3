package org.haian.strata.outreach.api.references;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The checks of a command's references against outreach's view of liaison's registry, worded the same in every
 * aggregate. The web layer looks the references up and hands what it found to the command; the aggregate decides.
 */
public final class References {

    private References() {
    }

    public static OrganisationReference organisation(String field, OrganisationReference known) {
        if (known == null) {
            throw new UnknownReference(field, "is not an organisation of the registry");
        }
        return known;
    }

    public static PersonReference person(String field, PersonReference known) {
        if (known == null) {
            throw new UnknownReference(field, "is not a person of the registry");
        }
        if (known.archived()) {
            throw new UnknownReference(field, "is archived in the registry");
        }
        return known;
    }

    public static CadreReference cadre(String field, CadreReference known) {
        if (known == null) {
            throw new UnknownReference(field, "is not a cadre of the registry");
        }
        return known;
    }

    /** Each id of the list, found among what the view knows; the first unknown or archived one is named by index. */
    public static List<PersonReference> people(String field, List<String> ids, List<PersonReference> known) {
        Map<String, PersonReference> byId = index(known, PersonReference::personId);
        return IntStream.range(0, ids.size())
                .mapToObj(i -> person(field + "[" + i + "]", byId.get(ids.get(i))))
                .toList();
    }

    /** Each id of the list, found among what the view knows; the first unknown one is named by index. */
    public static List<CadreReference> cadres(String field, List<String> ids, List<CadreReference> known) {
        Map<String, CadreReference> byId = index(known, CadreReference::cadreId);
        return IntStream.range(0, ids.size())
                .mapToObj(i -> cadre(field + "[" + i + "]", byId.get(ids.get(i))))
                .toList();
    }

    private static <T> Map<String, T> index(List<T> known, Function<T, String> id) {
        return known.stream().collect(Collectors.toMap(id, Function.identity(), (first, second) -> first));
    }
}
