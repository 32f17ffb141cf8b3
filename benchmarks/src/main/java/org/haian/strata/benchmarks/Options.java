package org.haian.strata.benchmarks;

import java.util.Arrays;

/** A driver's {@code --name=value} options. */
final class Options {

    private Options() {
    }

    static String option(String[] args, String name, String fallback) {
        return Arrays.stream(args).filter(arg -> arg.startsWith("--" + name + "=")).findFirst()
                .map(arg -> arg.substring(name.length() + 3)).orElse(fallback);
    }
}
